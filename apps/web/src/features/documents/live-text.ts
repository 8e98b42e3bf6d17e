import * as Y from 'yjs';

/** The XmlFragment TipTap's Collaboration extension binds to (see DocumentEditor). */
const EDITOR_FIELD = 'default';

/** Blocks whose children are blocks of their own (one line each). */
const CONTAINERS = ['bulletList', 'orderedList', 'table', 'blockquote', 'listItem'];

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');
  }
  return node
    .toArray()
    .map((child) => textOf(child as Y.XmlElement | Y.XmlText))
    .join(node.nodeName === 'tableRow' ? ' | ' : '');
}

/**
 * The live text as plain text, the way the API writes a version's `text`: one line per block
 * (paragraph, heading, list item, table row, cells joined with " | ").
 */
export function liveText(doc: Y.Doc): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText) => {
    if (node instanceof Y.XmlElement && CONTAINERS.includes(node.nodeName)) {
      node.toArray().forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
      return;
    }
    lines.push(textOf(node));
  };
  doc
    .getXmlFragment(EDITOR_FIELD)
    .toArray()
    .forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
  return lines.join('\n');
}
