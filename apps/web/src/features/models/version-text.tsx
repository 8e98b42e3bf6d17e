import { useEffect, useRef } from 'react';
import { modelsText } from '../../i18n/models';
import { normalizePassage } from './review-decision';

interface VersionTextProps {
  html: string;
  number: number;
  /** Called with the passage selected inside the text (mouse, keyboard or touch); absent: nothing to quote. */
  onSelect?: (passage: string) => void;
}

/** How long the selection must rest before it is taken as the passage (not at every step of a drag). */
const SETTLE_MS = 200;

/**
 * A version's text as the reviewers read it. Selecting a passage inside it hands the passage to
 * `onSelect`, normalised as the API compares it (one space between words).
 */
export function VersionText({ html, number, onSelect }: VersionTextProps) {
  const article = useRef<HTMLElement>(null);
  const callback = useRef(onSelect);
  useEffect(() => {
    callback.current = onSelect;
  });
  const quoting = onSelect !== undefined;

  useEffect(() => {
    if (!quoting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const selection = document.getSelection();
      const root = article.current;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !root) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const passage = normalizePassage(selection.toString());
      if (passage) callback.current?.(passage);
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [quoting]);

  if (!html.trim()) return <p className="text-secondary">{modelsText.review.empty}</p>;
  return (
    <article ref={article} aria-label={modelsText.review.textLabel(number)} className="minutes-act model-version-text">
      {/*
       * `html` is the version's canonical HTML, rendered server-side by libs/render with every
       * piece of text escaped and only its own fixed tags and http(s)/mailto links: it is inserted
       * exactly as received, because its SHA-256 is the version's fingerprint.
       */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
