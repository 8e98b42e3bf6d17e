import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Block } from './blocks';
import { renderDocx } from './docx';
import { sampleExport } from './testing/sample-export';

async function docxHtml(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
  return value;
}

async function part(buffer: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  return (await Promise.all(names.map((name) => zip.file(name)!.async('string')))).join('\n');
}

describe('renderDocx', () => {
  it('writes headings, lists, tables and Italian text as Word elements', async () => {
    const buffer = await renderDocx(sampleExport());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const html = await docxHtml(buffer);
    expect(html).toContain('<h1>Verbale della seduta n. 3</h1>');
    expect(html).toContain('<p><strong>Data: </strong>12 marzo 2025</p>');
    expect(html).toContain('<h2>Co-progettazione: àèéìòù €</h2>');
    expect(html).toContain('<h3>Obiettivi</h3>');
    expect(html).toContain('<h4>Fasi</h4>');
    expect(html).toContain('Il tavolo ha <strong>approvato</strong> il <em>documento</em> sul <a href="https://comune.example.it/atti">sito del Comune</a>');
    expect(html).toContain('Prima riga<br />seconda riga');
    expect(html).toContain('<ul><li>Inclusione sociale<ul><li>Quartieri periferici</li></ul></li><li>Servizi per l’infanzia</li></ul>');
    expect(html).toContain('<ol><li>Analisi dei bisogni</li><li>Progettazione condivisa</li></ol>');
    expect(html).toContain('<ol><li>Approvato il calendario</li><li>Rinviata la voce di bilancio</li></ol>');
    expect(html).toContain('<thead><tr><th><p><strong>Ente</strong></p></th><th><p><strong>Budget</strong></p></th></tr></thead>');
    expect(html).toContain('<td><p>12.500 €</p><p>di cui 2.000 € in natura</p></td>');
    expect(html).toContain('<td><p>Łukasz Nowak</p></td><td><p>Associazione Ștefan</p></td>');

    const document = await part(buffer, /^word\/document\.xml$/);
    expect(document).toContain('<w:tblHeader/>');
    expect(await part(buffer, /^word\/styles\.xml$/)).toContain('<w:lang w:val="it-IT"/>');
    const footer = await part(buffer, /^word\/footer\d*\.xml$/);
    expect(footer).toContain('Condivisa — documento generato automaticamente');
    expect(footer).toContain('Pagina ');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('numbers each ordered list on its own, from its start', async () => {
    const list = (start?: number): Block => ({
      type: 'list',
      ordered: true,
      ...(start ? { start } : {}),
      items: [[{ type: 'paragraph', inlines: [{ text: 'voce', marks: {} }] }]],
    });
    const buffer = await renderDocx({ title: 'Liste', meta: [], body: [list(), list(), list(5)] });
    const numbering = await part(buffer, /^word\/numbering\.xml$/);
    expect(numbering).toContain('<w:start w:val="5"/>');
    const document = await part(buffer, /^word\/document\.xml$/);
    const numIds = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(numIds).size).toBe(3);
  });

  it('writes quotes, code, rules, spanning cells, unsafe links and odd characters without failing', async () => {
    const body: Block[] = [
      { type: 'blockquote', blocks: [{ type: 'paragraph', inlines: [{ text: 'citazione', marks: {} }] }] },
      { type: 'code', text: 'a < b\n  c' },
      { type: 'rule' },
      { type: 'table', rows: [] },
      { type: 'paragraph', inlines: [{ text: 'clic\u0001', marks: { link: 'javascript:alert(1)', underline: true, strike: true, code: true } }] },
      {
        type: 'table',
        rows: [
          { cells: [{ header: false, colspan: 2, blocks: [{ type: 'paragraph', inlines: [{ text: 'unite', marks: {} }] }] }, { header: false, rowspan: 2, blocks: [] }] },
          { cells: [{ header: false, blocks: [] }, { header: false, blocks: [{ type: 'list', ordered: false, items: [[{ type: 'code', text: 'x' }]] }] }] },
          { cells: [] },
        ],
      },
    ];
    const buffer = await renderDocx({ title: 'Varie', meta: [], body });
    const html = await docxHtml(buffer);
    expect(html).toContain('citazione');
    expect(html).toContain('clic');
    expect(html).not.toContain('javascript');
    expect(html).toContain('<td colspan="2"><p>unite</p></td><td rowspan="2">');
  });
});
