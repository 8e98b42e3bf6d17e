import * as Y from 'yjs';

/** The field TipTap's Collaboration extension binds to. */
export const EDITOR_FIELD = 'default';

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');
  }
  return node.toArray().map((child) => textOf(child as Y.XmlElement | Y.XmlText)).join(node.nodeName === 'tableRow' ? ' | ' : '');
}

/**
 * The editor's content as plain text, one line per top-level block (paragraph, heading, list
 * item, table row), for reading versions and comparing them.
 */
export function documentText(doc: Y.Doc): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText) => {
    if (node instanceof Y.XmlElement && ['bulletList', 'orderedList', 'table', 'blockquote', 'listItem'].includes(node.nodeName)) {
      node.toArray().forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
      return;
    }
    lines.push(textOf(node));
  };
  doc.getXmlFragment(EDITOR_FIELD).toArray().forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
  return lines.join('\n');
}

/**
 * Makes `target`'s editor content equal to `source`'s as ordinary new changes (history is never
 * rewritten): everything is removed and the source's blocks are inserted as copies.
 */
export function replaceEditorContent(target: Y.Doc, source: Y.Doc, origin: unknown): void {
  const into = target.getXmlFragment(EDITOR_FIELD);
  const from = source.getXmlFragment(EDITOR_FIELD);
  target.transact(() => {
    into.delete(0, into.length);
    into.insert(0, from.toArray().map((node) => (node as Y.XmlElement | Y.XmlText).clone()));
  }, origin);
}
