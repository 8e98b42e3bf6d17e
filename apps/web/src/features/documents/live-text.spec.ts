import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { liveText } from './live-text';

function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

function text(value: string): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, value);
  return node;
}

describe('liveText', () => {
  it('writes one line per block, descending into lists and tables', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('default').insert(0, [
      element('heading', [text('Titolo')]),
      element('paragraph', [text('Primo paragrafo')]),
      element('bulletList', [
        element('listItem', [element('paragraph', [text('uno')])]),
        element('listItem', [element('paragraph', [text('due')])]),
      ]),
      element('table', [
        element('tableRow', [
          element('tableCell', [element('paragraph', [text('A')])]),
          element('tableCell', [element('paragraph', [text('B')])]),
        ]),
      ]),
      element('paragraph', []),
    ]);
    expect(liveText(doc)).toBe('Titolo\nPrimo paragrafo\nuno\ndue\nA | B\n');
  });

  it('is empty for an empty document', () => {
    expect(liveText(new Y.Doc())).toBe('');
  });
});
