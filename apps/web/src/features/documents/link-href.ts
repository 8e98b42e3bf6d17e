export type LinkHrefCheck = { ok: true; href: string } | { ok: false; problem: 'empty' | 'protocol' | 'invalid' };

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * What the link form accepts: web addresses (http, https) and e-mail addresses (mailto), so a
 * link in a shared document can never run code (javascript:) or open a local file. An address
 * typed without a scheme gets https:// (or mailto: for an e-mail address), as people write them.
 */
export function checkLinkHref(input: string): LinkHrefCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  let href = text;
  if (!HAS_SCHEME.test(text)) {
    if (EMAIL.test(text)) href = `mailto:${text}`;
    else if (text.startsWith('//')) href = `https:${text}`;
    else href = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return { ok: false, problem: 'protocol' };
  if (url.protocol === 'mailto:' ? !url.pathname : !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, problem: 'invalid' };
  }
  return { ok: true, href };
}
