import { DEMO_PASSWORD } from '@condivisa/db';
import mammoth from 'mammoth';
import type { Response } from 'supertest';
import request from 'supertest';
import { extractText } from 'unpdf';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LiveDocument, until } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const CASA = 'tavolo-provinciale-casa';

type Agent = ReturnType<typeof graphqlAgent>;

/** Collects a binary response body (supertest buffers only text by default). */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string | number> = {}): Y.XmlElement {
  const el = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as never);
  el.insert(0, children);
  return el;
}
const para = (text: string) => element('paragraph', [new Y.XmlText(text)]);

describe('exporting a draft to DOCX and PDF, and reading a saved version formatted', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  let live: LiveDocument;
  let documentId = '';

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['tecnico', 'ets', 'coordinatrice']) {
      as[who] = graphqlAgent(sut.app);
      await as[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
    const created = await as['tecnico']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: PROPOSAL, title: "Modello dell’abitare: proposta") { id } }', { s: CASA },
    );
    documentId = created.data!.createDocument.id;
    // Written live, in the shape TipTap's Collaboration extension gives the Y.Doc.
    live = await connectLive(sut, as['tecnico']!, documentId);
    live.doc.transact(() => {
      live.doc.getXmlFragment('default').insert(0, [
        element('heading', [new Y.XmlText('Obiettivi della proposta')], { level: 2 }),
        para('Il Comune mette a disposizione gli alloggi; la cooperativa accompagna le famiglie.'),
        element('bulletList', [element('listItem', [para('Accoglienza temporanea')]), element('listItem', [para('Inserimento lavorativo')])]),
        element('table', [
          element('tableRow', [element('tableHeader', [para('Ambito')]), element('tableHeader', [para('Alloggi')])]),
          element('tableRow', [element('tableCell', [para('Dalmine')]), element('tableCell', [para('12')])]),
        ]),
      ]);
    });
    // Stored by the gateway (the export flushes the live document anyway).
    await until(() => live.provider.synced);
  });
  afterAll(async () => {
    live.provider.destroy();
    await sut.close();
  });

  it('gives members a Word file with the headings, the list and the table of the live text', async () => {
    const res = await as['ets']!.agent.get(`/export/documents/${documentId}.docx`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('modello-dell-abitare-proposta.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: res.body as Buffer });
    expect(html).toContain('<h2>Obiettivi della proposta</h2>');
    expect(html).toContain('<li>Accoglienza temporanea</li>');
    expect(html).toMatch(/<table>.*Ambito.*Alloggi.*Dalmine.*12.*<\/table>/s);
    expect(html).toContain('Tavolo provinciale');
  });

  it('gives a PDF with the same text, the space and the export time', async () => {
    const res = await as['ets']!.agent.get(`/export/documents/${documentId}.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(new Uint8Array(body), { mergePages: true });
    for (const expected of ['Modello dell’abitare: proposta', 'Obiettivi della proposta', 'Accoglienza temporanea', 'Dalmine', 'bozza esportata il']) {
      expect(text).toContain(expected);
    }
  });

  it('refuses anonymous visitors, people outside the space and unknown files', async () => {
    expect((await request(sut.app.getHttpServer()).get(`/export/documents/${documentId}.pdf`)).status).toBe(401);
    const outsider = graphqlAgent(sut.app);
    await outsider.gql(LOGIN, { e: 'sindaco@condivisa.example', p: DEMO_PASSWORD });
    const forbidden = await outsider.agent.get(`/export/documents/${documentId}.pdf`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await as['ets']!.agent.get(`/export/documents/${documentId}.odt`)).status).toBe(404);
    expect((await as['ets']!.agent.get('/export/documents/00000000-0000-4000-8000-000000000000.pdf')).status).toBe(404);
  });

  it('shows a saved version as formatted, escaped HTML', async () => {
    const saved = await as['tecnico']!.gql<{ saveDocumentVersion: { id: string } }>(
      'mutation($d: ID!) { saveDocumentVersion(documentId: $d, name: "Prima stesura") { id } }', { d: documentId },
    );
    live.doc.getXmlFragment('default').insert(1, [para('<script>alert(1)</script> dopo la versione')]);
    const version = await as['ets']!.gql<{ documentVersion: { html: string } }>('query($id: ID!) { documentVersion(id: $id) { html } }', { id: saved.data!.saveDocumentVersion.id });
    const { html } = version.data!.documentVersion;
    expect(html).toContain('<h2>Obiettivi della proposta</h2>');
    expect(html).toContain('<ul><li><p>Accoglienza temporanea</p></li>');
    expect(html).toContain('<th><p>Ambito</p></th>');
    expect(html).not.toContain('dopo la versione');
    // A later version with markup typed as text: escaped, never live HTML.
    await new Promise((r) => setTimeout(r, 100));
    const second = await as['tecnico']!.gql<{ saveDocumentVersion: { id: string } }>(
      'mutation($d: ID!) { saveDocumentVersion(documentId: $d, name: "Seconda stesura") { id } }', { d: documentId },
    );
    const later = await as['ets']!.gql<{ documentVersion: { html: string } }>('query($id: ID!) { documentVersion(id: $id) { html } }', { id: second.data!.saveDocumentVersion.id });
    expect(later.data!.documentVersion.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; dopo la versione');
  });
});
