import { type JSONContent, getSchema } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** The web editor's extensions (apps/web document-editor.tsx) without Collaboration. */
export const editorSchema = getSchema([
  StarterKit.configure({
    undoRedo: false,
    heading: { levels: [2, 3, 4] },
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
  }),
  TableKit.configure({ table: { resizable: false } }),
]);

/** A Y.Doc holding `content` (the editor's JSON) as the Collaboration extension stores it. */
export function editorDoc(content: JSONContent[]): Y.Doc {
  return prosemirrorJSONToYDoc(editorSchema, { type: 'doc', content }, 'default');
}

// Small builders of the editor's JSON.
type Mark = NonNullable<JSONContent['marks']>[number];
export const t = (text: string, ...marks: (string | Mark)[]): JSONContent => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {}),
});
export const link = (href: string): Mark => ({ type: 'link', attrs: { href } });
export const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
export const h = (level: number, text: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [t(text)] });
export const br: JSONContent = { type: 'hardBreak' };
export const li = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
export const ul = (...items: JSONContent[]): JSONContent => ({ type: 'bulletList', content: items });
export const ol = (...items: JSONContent[]): JSONContent => ({ type: 'orderedList', content: items });
export const cell = (...content: JSONContent[]): JSONContent => ({ type: 'tableCell', content });
export const th = (...content: JSONContent[]): JSONContent => ({ type: 'tableHeader', content });
export const tr = (...cells: JSONContent[]): JSONContent => ({ type: 'tableRow', content: cells });
export const tableOf = (...rows: JSONContent[]): JSONContent => ({ type: 'table', content: rows });

/**
 * A realistic draft: headings 2–4, marks and a link, a hard break, nested lists, a table with a
 * header row and a cell of two paragraphs, Italian text, and the empty paragraph the editor keeps last.
 */
export const sampleContent: JSONContent[] = [
  h(2, 'Co-progettazione: àèéìòù €'),
  p(t('Il tavolo ha '), t('approvato', 'bold'), t(' il '), t('documento', 'italic'), t(' sul '), t('sito del Comune', link('https://comune.example.it/atti'))),
  p(t('Prima riga'), br, t('seconda riga')),
  h(3, 'Obiettivi'),
  ul(li(p(t('Inclusione sociale')), ul(li(p(t('Quartieri periferici'))))), li(p(t('Servizi per l’infanzia')))),
  h(4, 'Fasi'),
  ol(li(p(t('Analisi dei bisogni'))), li(p(t('Progettazione condivisa')))),
  tableOf(
    tr(th(p(t('Ente'))), th(p(t('Budget')))),
    tr(cell(p(t('Cooperativa Sociale Àncora'))), cell(p(t('12.500 €')), p(t('di cui 2.000 € in natura')))),
  ),
  p(),
];
