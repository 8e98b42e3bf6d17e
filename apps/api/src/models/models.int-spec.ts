import { DEMO_PASSWORD } from '@condivisa/db';
import { romeDay } from '@condivisa/domain';
import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import request from 'supertest';
import { extractText } from 'unpdf';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LiveDocument } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';
import { ModelsService } from './models.service';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const CASA = 'tavolo-provinciale-casa';
const VERSION = 'id number status contentSha256 html changelog contributorNames';
const CONSOLIDATE = `mutation($m: ID!, $c: String!) { consolidateModelVersion(modelId: $m, changelog: $c) { ${VERSION} } }`;
const SUBMIT = 'mutation($v: ID!, $d: String!) { submitModelVersionForReview(versionId: $v, dueDate: $d) { id rule reviewers { name decided } } }';
const DECIDE = 'mutation($r: ID!, $d: ReviewDecisionKind!, $m: String!) { decideModelReview(reviewId: $r, decision: $d, motivation: $m) { id closedAt outcome decisions { reviewerName decision } } }';
const MODEL = `query($id: ID!) { model(id: $id) { id status approvedVersionId documentId versions { ${VERSION} reviews { id outcome closedAt withdrawnAt comments { passage body } } } permissions { edit consolidate submit review } } }`;

type Agent = ReturnType<typeof graphqlAgent>;
type Gql = Awaited<ReturnType<Agent['gql']>>;
interface VersionView { id: string; number: number; status: string; contentSha256: string; html: string; changelog: string; contributorNames: string[]; reviews: { id: string; outcome: string | null }[] }
interface ModelView { id: string; status: string; approvedVersionId: string | null; documentId: string; versions: VersionView[]; permissions: Record<string, boolean> }

const code = (res: Gql) => res.errors?.[0]?.extensions.code;
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const inDays = (n: number) => romeDay(new Date(Date.now() + n * 86_400_000));

function paragraphs(live: LiveDocument): Y.XmlText[] {
  return live.doc.getXmlFragment('default').toArray().map((p) => (p as Y.XmlElement).get(0) as Y.XmlText);
}

describe('co-designed models: consolidation, comparison, review by the Collegio, publication', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  let modelId = '';
  let draft: LiveDocument;

  const model = async (who = 'tecnico') => (await as[who]!.gql<{ model: ModelView }>(MODEL, { id: modelId })).data!.model;
  const settle = () => new Promise((r) => setTimeout(r, 120));

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['tecnico', 'ets', 'coordinatrice', 'sindaco']) {
      as[who] = graphqlAgent(sut.app);
      await as[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
    // The mayor reviews this table's models for the Collegio.
    const sindacoId = (await sut.sql.query("SELECT id FROM app_user WHERE email = 'sindaco@condivisa.example'")).rows[0].id;
    const invited = await as['tecnico']!.gql('mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }', {
      i: { spaceId: CASA, userId: sindacoId, organizationId: 'comune-di-bergamo', role: 'REVIEWER' },
    });
    expect(invited.errors).toBeUndefined();
  });
  afterAll(async () => {
    draft?.provider.destroy();
    await sut.close();
  });

  it('lets coordinators start a model whose working draft members write live', async () => {
    expect(code(await as['ets']!.gql('mutation($s: ID!) { createModel(spaceId: $s, title: "Non mio") { id } }', { s: CASA }))).toBe('FORBIDDEN');
    const created = await as['tecnico']!.gql<{ createModel: { id: string; status: string; documentId: string } }>(
      'mutation($s: ID!) { createModel(spaceId: $s, title: "Modello provinciale dell’abitare") { id status documentId } }', { s: CASA },
    );
    modelId = created.data!.createModel.id;
    expect(created.data!.createModel.status).toBe('DRAFTING');
    draft = await connectLive(sut, as['ets']!, created.data!.createModel.documentId);
    draft.doc.transact(() => {
      const f = draft.doc.getXmlFragment('default');
      for (const text of ['Il Comune mette a disposizione gli alloggi.', 'La cooperativa accompagna le famiglie per dodici mesi.', 'Il tavolo verifica i risultati ogni sei mesi.']) {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText(text)]);
        f.insert(f.length, [p]);
      }
    });
    expect((await model('ets')).permissions).toEqual({ edit: true, consolidate: false, submit: false, review: false });
  });

  it('consolidates v1 with its contributors and hash, refuses an unchanged draft, and the database keeps versions immutable', async () => {
    await settle();
    expect(code(await as['ets']!.gql(CONSOLIDATE, { m: modelId, c: 'Prima stesura' }))).toBe('FORBIDDEN');
    const v1 = (await as['tecnico']!.gql<{ consolidateModelVersion: VersionView }>(CONSOLIDATE, { m: modelId, c: 'Prima stesura condivisa' })).data!.consolidateModelVersion;
    expect(v1).toMatchObject({ number: 1, status: 'CONSOLIDATED', contributorNames: ['Enrico Terzosettore (demo)'] });
    expect(v1.contentSha256).toBe(createHash('sha256').update(v1.html, 'utf8').digest('hex'));
    const again = await as['tecnico']!.gql(CONSOLIDATE, { m: modelId, c: 'Niente di nuovo' });
    expect(code(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.message).toContain('Nulla è cambiato dalla versione 1');

    await expect(sut.sql.query("UPDATE model_version SET html = '<p>altro</p>' WHERE id = $1", [v1.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(sut.sql.query('DELETE FROM model_version WHERE id = $1', [v1.id])).rejects.toThrow(/cannot be changed or deleted/);
    expect((await sut.sql.query('SELECT html FROM model_version WHERE id = $1', [v1.id])).rows[0].html).toBe(v1.html);
  });

  it('submits v1 to the reviewers, who are told; it can be withdrawn until someone answers', async () => {
    const [v1] = (await model()).versions;
    expect(code(await as['tecnico']!.gql(SUBMIT, { v: v1!.id, d: '2020-01-01' }))).toBe('BAD_USER_INPUT');
    expect(code(await as['ets']!.gql(SUBMIT, { v: v1!.id, d: inDays(10) }))).toBe('FORBIDDEN');
    const review = (await as['tecnico']!.gql<{ submitModelVersionForReview: { id: string; rule: string; reviewers: { name: string }[] } }>(SUBMIT, { v: v1!.id, d: inDays(10) })).data!.submitModelVersionForReview;
    expect(review.rule).toBe('MAJORITY');
    expect(review.reviewers.map((r) => r.name)).toEqual(['Sandro Sindaco (demo)']);
    const inbox = await as['sindaco']!.gql<{ notifications: { title: string }[] }>('{ notifications { title } }');
    expect(inbox.data!.notifications[0]!.title).toBe('Versione 1 di «Modello provinciale dell’abitare» da esaminare');
    expect((await model()).status).toBe('IN_REVIEW');
    expect(code(await as['tecnico']!.gql(CONSOLIDATE, { m: modelId, c: 'Durante la revisione' }))).toBe('BAD_USER_INPUT');

    const withdrawn = await as['tecnico']!.gql<{ withdrawModelVersion: { status: string } }>('mutation($v: ID!) { withdrawModelVersion(versionId: $v) { status } }', { v: v1!.id });
    expect(withdrawn.data!.withdrawModelVersion.status).toBe('CONSOLIDATED');
    expect((await model()).status).toBe('DRAFTING');
    // A decision on the withdrawn review is refused.
    expect(code(await as['sindaco']!.gql(DECIDE, { r: review.id, d: 'FAVOURABLE', m: 'Va bene' }))).toBe('BAD_USER_INPUT');
  });

  it('lets only reviewers comment and decide; "changes requested" sends the version back', async () => {
    const [v1] = (await model()).versions;
    const review = (await as['tecnico']!.gql<{ submitModelVersionForReview: { id: string } }>(SUBMIT, { v: v1!.id, d: inDays(10) })).data!.submitModelVersionForReview;
    const COMMENT = 'mutation($r: ID!, $b: String!, $p: String) { commentModelReview(reviewId: $r, body: $b, passage: $p) { passage body authorName } }';
    expect(code(await as['sindaco']!.gql(COMMENT, { r: review.id, b: 'Quale passaggio?', p: 'testo che non esiste' }))).toBe('BAD_USER_INPUT');
    const comment = await as['sindaco']!.gql<{ commentModelReview: { passage: string } }>(COMMENT, { r: review.id, b: 'Dodici mesi non bastano: portare a diciotto.', p: 'per dodici mesi' });
    expect(comment.data!.commentModelReview.passage).toBe('per dodici mesi');
    expect(code(await as['ets']!.gql(COMMENT, { r: review.id, b: 'Anch’io' }))).toBe('FORBIDDEN');

    // Nobody but a reviewer approves, through any path.
    for (const who of ['ets', 'tecnico', 'coordinatrice']) expect(code(await as[who]!.gql(DECIDE, { r: review.id, d: 'FAVOURABLE', m: 'Approvo io' }))).toBe('FORBIDDEN');
    const decided = (await as['sindaco']!.gql<{ decideModelReview: { outcome: string; closedAt: string } }>(DECIDE, { r: review.id, d: 'CHANGES_REQUESTED', m: 'Vedi osservazione sulla durata' })).data!.decideModelReview;
    expect(decided.outcome).toBe('CHANGES_REQUESTED');
    expect(decided.closedAt).not.toBeNull();
    expect((await model()).status).toBe('CHANGES_REQUESTED');
    expect(code(await as['sindaco']!.gql(DECIDE, { r: review.id, d: 'FAVOURABLE', m: 'Ci ho ripensato' }))).toBe('BAD_USER_INPUT');
    expect(code(await as['tecnico']!.gql('mutation($v: ID!) { withdrawModelVersion(versionId: $v) { status } }', { v: v1!.id }))).toBe('BAD_USER_INPUT');
    const titles = (await as['ets']!.gql<{ notifications: { title: string }[] }>('{ notifications { title } }')).data!.notifications.map((n) => n.title);
    expect(titles).toContain('Parere su «Modello provinciale dell’abitare» v1: modifiche richieste');
  });

  it('consolidates v2 after the change, and the comparison shows exactly that change', async () => {
    const text = paragraphs(draft)[1]!;
    const at = text.toString().indexOf('dodici');
    text.delete(at, 'dodici'.length);
    text.insert(at, 'diciotto');
    await settle();
    const v2 = (await as['tecnico']!.gql<{ consolidateModelVersion: VersionView }>(CONSOLIDATE, { m: modelId, c: 'Durata portata a diciotto mesi' })).data!.consolidateModelVersion;
    expect(v2.number).toBe(2);
    const [, v1] = (await model()).versions;
    const DIFF = 'query($f: ID!, $t: ID) { modelVersionDiff(fromVersionId: $f, toVersionId: $t) { summary { added removed changed moved } changes { kind beforeText afterText words { kind text } } } }';
    const diff = (await as['ets']!.gql<{ modelVersionDiff: { summary: Record<string, number>; changes: { kind: string; beforeText: string; afterText: string; words: { kind: string; text: string }[] }[] } }>(DIFF, { f: v1!.id, t: v2.id })).data!.modelVersionDiff;
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
    const changed = diff.changes.find((c) => c.kind === 'changed')!;
    expect(changed.words.filter((w) => w.kind !== 'same')).toEqual([{ kind: 'removed', text: 'dodici' }, { kind: 'added', text: 'diciotto' }]);
    expect(diff.changes.filter((c) => c.kind === 'same')).toHaveLength(2);
    const againstDraft = (await as['ets']!.gql<{ modelVersionDiff: { summary: Record<string, number> } }>(DIFF, { f: v2.id })).data!.modelVersionDiff;
    expect(againstDraft.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
  });

  it('approves v2 by the rule of the space and publishes it; anonymous visitors read only approved versions', async () => {
    const [v2, v1] = (await model()).versions;
    const review = (await as['tecnico']!.gql<{ submitModelVersionForReview: { id: string } }>(SUBMIT, { v: v2!.id, d: inDays(5) })).data!.submitModelVersionForReview;
    const approved = (await as['sindaco']!.gql<{ decideModelReview: { outcome: string } }>(DECIDE, { r: review.id, d: 'FAVOURABLE_WITH_REMARKS', m: 'Favorevole; verificare i costi' })).data!.decideModelReview;
    expect(approved.outcome).toBe('APPROVED');
    const now = await model();
    expect(now).toMatchObject({ status: 'APPROVED', approvedVersionId: v2!.id });

    const anonymous = graphqlAgent(sut.app);
    const published = (await anonymous.gql<{ publishedModelVersions: { id: string; number: number; modelTitle: string; contentSha256: string }[] }>('{ publishedModelVersions { id number modelTitle contentSha256 } }')).data!.publishedModelVersions;
    expect(published).toEqual([{ id: v2!.id, number: 2, modelTitle: 'Modello provinciale dell’abitare', contentSha256: v2!.contentSha256 }]);
    expect(code(await anonymous.gql('query($id: ID!) { modelVersion(id: $id) { id } }', { id: v1!.id }))).toBe('UNAUTHENTICATED');
    const pdf = await request(sut.app.getHttpServer()).get(`/export/model-versions/${v2!.id}.pdf`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.body as Buffer), { mergePages: true });
    for (const part of ['Modello provinciale dell’abitare – versione 2', 'diciotto mesi', 'Sandro Sindaco (demo): favorevole con osservazioni', v2!.contentSha256]) expect(text).toContain(part);
    expect((await request(sut.app.getHttpServer()).get(`/export/model-versions/${v1!.id}.docx`)).status).toBe(401);
  });

  it('replaces a reviewer’s decision while the review is open (audited), applies the rule with two reviewers, and supersedes the approved version', async () => {
    await sut.sql.query("UPDATE space_member SET role = 'REVIEWER' WHERE space_id = $1 AND user_id = (SELECT id FROM app_user WHERE email = 'coordinatrice@condivisa.example')", [CASA]);
    const edit = async (text: string, changelog: string) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      draft.doc.getXmlFragment('default').insert(draft.doc.getXmlFragment('default').length, [p]);
      await settle();
      return (await as['tecnico']!.gql<{ consolidateModelVersion: VersionView }>(CONSOLIDATE, { m: modelId, c: changelog })).data!.consolidateModelVersion;
    };
    const v3 = await edit('Allegato: schema di convenzione.', 'Aggiunto l’allegato');
    const r3 = (await as['tecnico']!.gql<{ submitModelVersionForReview: { id: string; reviewers: { name: string }[] } }>(SUBMIT, { v: v3.id, d: inDays(1) })).data!.submitModelVersionForReview;
    expect(r3.reviewers).toHaveLength(2);
    // A day before the due date the reviewers who have not answered are reminded, once.
    const reminders = sut.app.get(ModelsService);
    expect(await reminders.sendDueReminders(new Date())).toBe(2);
    expect(await reminders.sendDueReminders(new Date())).toBe(0);

    await as['sindaco']!.gql(DECIDE, { r: r3.id, d: 'FAVOURABLE', m: 'Bene' });
    const changedMind = (await as['sindaco']!.gql<{ decideModelReview: { closedAt: string | null; decisions: { decision: string }[] } }>(DECIDE, { r: r3.id, d: 'UNFAVOURABLE', m: 'Allegato incompleto' })).data!.decideModelReview;
    expect(changedMind.closedAt).toBeNull();
    expect(changedMind.decisions.map((d) => d.decision)).toEqual(['UNFAVOURABLE']);
    const audit = await sut.sql.query("SELECT details FROM audit_event WHERE action = 'model.reviewDecisionChanged'");
    expect(audit.rows[0].details).toMatchObject({ from: 'FAVOURABLE', to: 'UNFAVOURABLE' });
    // 1 favourable of 2 is not a majority.
    const rejected = (await as['coordinatrice']!.gql<{ decideModelReview: { outcome: string } }>(DECIDE, { r: r3.id, d: 'FAVOURABLE', m: 'Per me va bene' })).data!.decideModelReview;
    expect(rejected.outcome).toBe('REJECTED');
    expect((await model()).approvedVersionId).not.toBe(v3.id);

    const v4 = await edit('Allegato completato con i costi.', 'Completato l’allegato');
    const r4 = (await as['tecnico']!.gql<{ submitModelVersionForReview: { id: string } }>(SUBMIT, { v: v4.id, d: inDays(3) })).data!.submitModelVersionForReview;
    await as['sindaco']!.gql(DECIDE, { r: r4.id, d: 'FAVOURABLE', m: 'Completo' });
    await as['coordinatrice']!.gql(DECIDE, { r: r4.id, d: 'FAVOURABLE', m: 'D’accordo' });
    const versions = (await model()).versions;
    expect(versions.map((v) => [v.number, v.status])).toEqual([[4, 'APPROVED'], [3, 'REJECTED'], [2, 'SUPERSEDED'], [1, 'CHANGES_REQUESTED']]);
    expect((await model()).approvedVersionId).toBe(v4.id);
  });

  it('lets coordinators choose the closing rule of their space', async () => {
    const SET = 'mutation($s: ID!, $r: ReviewRule!) { setSpaceReviewRule(spaceId: $s, rule: $r) { reviewRule } }';
    expect(code(await as['ets']!.gql(SET, { s: CASA, r: 'UNANIMITY' }))).toBe('FORBIDDEN');
    const set = await as['tecnico']!.gql<{ setSpaceReviewRule: { reviewRule: string } }>(SET, { s: CASA, r: 'UNANIMITY' });
    expect(set.data!.setSpaceReviewRule.reviewRule).toBe('UNANIMITY');
  });
});
