import { Schema, type Node } from '@tiptap/pm/model';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  anchorPassage,
  decodeAnchor,
  resolvePassage,
  type PassageAnchors,
  type PassageRange,
  type YTextBinding,
} from './comment-anchor-positions';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
});

/** A Y.Doc holding the paragraphs, as the editor's 'default' fragment. */
function sharedText(...paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    schema,
    { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) },
    doc.getXmlFragment('default'),
  );
  return doc;
}

/** What an editor bound to the doc would show now, and its binding. */
function editorView(doc: Y.Doc): { pm: Node; y: YTextBinding } {
  const type = doc.getXmlFragment('default');
  const { doc: pm, meta } = initProseMirrorDoc(type, schema);
  return { pm, y: { doc, type, mapping: meta.mapping } };
}

function rangeOf(pm: Node, text: string): PassageRange {
  let found: PassageRange | null = null;
  pm.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (!found && index >= 0) found = { from: pos + index, to: pos + index + text.length };
  });
  if (!found) throw new Error(`"${text}" is not in the document`);
  return found;
}

function anchorsOn(doc: Y.Doc, text: string): PassageAnchors {
  const { pm, y } = editorView(doc);
  return anchorPassage(y, rangeOf(pm, text));
}

/** The passage's text now, or 'gone' / 'unknown'. */
function passageText(doc: Y.Doc, anchors: PassageAnchors): string {
  const { pm, y } = editorView(doc);
  const where = resolvePassage(y, decodeAnchor(anchors.anchorStart), decodeAnchor(anchors.anchorEnd));
  return typeof where === 'string' ? where : pm.textBetween(where.from, where.to, '\n');
}

function textOf(doc: Y.Doc, paragraph: number): Y.XmlText {
  return (doc.getXmlFragment('default').get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;
}

/** A second copy of the doc (another browser), kept in step both ways. */
function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array, origin: unknown) => origin !== peer && Y.applyUpdate(peer, update, doc));
  peer.on('update', (update: Uint8Array, origin: unknown) => origin !== doc && Y.applyUpdate(doc, update, peer));
  return peer;
}

describe('comment anchors', () => {
  it('mark the same words after another person types before them in the paragraph', () => {
    const doc = sharedText('Il Comune mette a disposizione gli alloggi.');
    const sut = anchorsOn(doc, 'alloggi');
    const peer = peerOf(doc);
    textOf(peer, 0).insert(0, 'Premessa: ');
    expect(editorView(doc).pm.textContent).toBe('Premessa: Il Comune mette a disposizione gli alloggi.');
    expect(passageText(doc, sut)).toBe('alloggi');
    expect(passageText(peer, sut)).toBe('alloggi');
  });

  it('leave text typed right before or right after the passage outside it', () => {
    const doc = sharedText('gli alloggi sono pochi');
    const sut = anchorsOn(doc, 'alloggi');
    const text = textOf(doc, 0);
    text.insert('gli '.length, 'nuovi ');
    text.insert('gli nuovi alloggi'.length, ' popolari');
    expect(editorView(doc).pm.textContent).toBe('gli nuovi alloggi popolari sono pochi');
    expect(passageText(doc, sut)).toBe('alloggi');
  });

  it('follow a passage that opens the document, even after text is typed before it', () => {
    const doc = sharedText('Alloggi per le famiglie', 'Secondo paragrafo');
    const sut = anchorsOn(doc, 'Alloggi');
    expect(passageText(doc, sut)).toBe('Alloggi');
    textOf(doc, 0).insert(0, 'Nuovi ');
    expect(passageText(doc, sut)).toBe('Alloggi');
  });

  it('span paragraphs and keep up with a paragraph added above', () => {
    const doc = sharedText('Primo paragrafo', 'Il Comune mette', 'a disposizione');
    const { pm, y } = editorView(doc);
    const from = rangeOf(pm, 'Comune').from;
    const to = rangeOf(pm, 'a disposizione').from + 'a disp'.length;
    const sut = anchorPassage(y, { from, to });
    expect(passageText(doc, sut)).toBe('Comune mette\na disp');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Sopra')]);
    doc.getXmlFragment('default').insert(0, [paragraph]);
    expect(passageText(doc, sut)).toBe('Comune mette\na disp');
  });

  it('say the passage is gone when its words are deleted', () => {
    const doc = sharedText('gli alloggi sono pochi');
    const sut = anchorsOn(doc, 'alloggi');
    textOf(doc, 0).delete('gli '.length, 'alloggi '.length);
    expect(editorView(doc).pm.textContent).toBe('gli sono pochi');
    expect(passageText(doc, sut)).toBe('gone');
  });

  it('say the passage is gone when its paragraph is deleted', () => {
    const doc = sharedText('Primo', 'gli alloggi sono pochi', 'Ultimo');
    const sut = anchorsOn(doc, 'alloggi');
    doc.getXmlFragment('default').delete(1, 1);
    expect(passageText(doc, sut)).toBe('gone');
  });

  it('say the passage is not known yet in a copy that has not received it, and find it once it has', () => {
    const doc = sharedText('gli alloggi sono pochi');
    const sut = anchorsOn(doc, 'alloggi');
    const late = new Y.Doc();
    late.getXmlFragment('default');
    expect(passageText(late, sut)).toBe('unknown');
    Y.applyUpdate(late, Y.encodeStateAsUpdate(doc));
    expect(passageText(late, sut)).toBe('alloggi');
  });

  it('treat an anchor that is not one as a passage that is gone', () => {
    expect(decodeAnchor('non è base64!')).toBeNull();
    expect(passageText(sharedText('testo'), { anchorStart: 'non è base64!', anchorEnd: 'AAAA' })).toBe('gone');
  });
});
