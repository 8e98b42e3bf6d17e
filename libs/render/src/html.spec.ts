import { describe, expect, it } from 'vitest';
import { type Block, documentBlocks } from './blocks';
import { renderHtml } from './html';
import { editorDoc, sampleContent } from './testing/tiptap-fixture';

describe('renderHtml', () => {
  it('renders the editor content as canonical HTML', () => {
    expect(renderHtml(documentBlocks(editorDoc(sampleContent)))).toBe(
      [
        '<h2>Co-progettazione: àèéìòù €</h2>',
        '<p>Il tavolo ha <strong>approvato</strong> il <em>documento</em> sul <a href="https://comune.example.it/atti">sito del Comune</a></p>',
        '<p>Prima riga<br>seconda riga</p>',
        '<h3>Obiettivi</h3>',
        '<ul><li><p>Inclusione sociale</p><ul><li><p>Quartieri periferici</p></li></ul></li><li><p>Servizi per l’infanzia</p></li></ul>',
        '<h4>Fasi</h4>',
        '<ol><li><p>Analisi dei bisogni</p></li><li><p>Progettazione condivisa</p></li></ol>',
        '<table><thead><tr><th><p>Ente</p></th><th><p>Budget</p></th></tr></thead>' +
          '<tbody><tr><td><p>Cooperativa Sociale Àncora</p></td><td><p>12.500 €</p><p>di cui 2.000 € in natura</p></td></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('renders every block and mark in a fixed order', () => {
    const blocks: Block[] = [
      { type: 'paragraph', inlines: [{ text: 'x', marks: { link: 'mailto:a@b.it', code: true, bold: true, italic: true, underline: true, strike: true } }] },
      { type: 'list', ordered: true, start: 3, items: [[], [{ type: 'paragraph', inlines: [] }]] },
      { type: 'blockquote', blocks: [{ type: 'paragraph', inlines: [{ text: 'q', marks: {} }] }] },
      { type: 'code', text: 'if (a < b && c) {\n  "x"\n}' },
      { type: 'rule' },
      { type: 'table', rows: [{ cells: [{ header: false, colspan: 2, rowspan: 2, blocks: [] }, { header: true, blocks: [] }] }] },
    ];
    expect(renderHtml(blocks)).toBe(
      [
        '<p><a href="mailto:a@b.it"><strong><em><u><s><code>x</code></s></u></em></strong></a></p>',
        '<ol start="3"><li></li><li><p></p></li></ol>',
        '<blockquote><p>q</p></blockquote>',
        '<pre><code>if (a &lt; b &amp;&amp; c) {\n  &quot;x&quot;\n}</code></pre>',
        '<hr>',
        '<table><tbody><tr><td colspan="2" rowspan="2"></td><th></th></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('escapes text and attributes and drops unsafe links', () => {
    const html = renderHtml([
      {
        type: 'paragraph',
        inlines: [
          { text: '<script>alert("x")</script> & \'y\'', marks: {} },
          { text: 'clic', marks: { link: 'javascript:alert(1)' } },
          { text: 'vai', marks: { link: 'https://a.it/?q="><script>&x=1' } },
        ],
      },
      { type: 'heading', level: 2, inlines: [{ text: '<b>', marks: { bold: true } }] },
    ]);
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;clic<a href="https://a.it/?q=&quot;&gt;&lt;script&gt;&amp;x=1">vai</a></p>\n' +
        '<h2><strong>&lt;b&gt;</strong></h2>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('is deterministic', () => {
    const first = renderHtml(documentBlocks(editorDoc(sampleContent)));
    const second = renderHtml(documentBlocks(editorDoc(sampleContent)));
    expect(second).toBe(first);
  });
});
