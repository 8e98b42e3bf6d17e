export interface ExcerptPart {
  text: string;
  /** A word the search found (between « and » in the API's excerpt). */
  marked: boolean;
}

/**
 * "… le «abitative» esigenze …" → plain, marked, plain parts, so the page can wrap the found
 * words in <mark> as React elements (no HTML is ever built from the excerpt). A « without its »
 * is kept as text, as is a stray ».
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = excerpt;
  for (;;) {
    const open = rest.indexOf('«');
    const close = open >= 0 ? rest.indexOf('»', open + 1) : -1;
    if (open < 0 || close < 0) {
      push(rest, false);
      return parts;
    }
    push(rest.slice(0, open), false);
    push(rest.slice(open + 1, close), true);
    rest = rest.slice(close + 1);
  }
}
