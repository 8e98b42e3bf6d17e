import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/app-process';
import { ARTIFACTS, browserSuite, DEMO_PASSWORD, logIn, seriousViolations } from '../support/browser';

const CASA = 'tavolo-provinciale-casa';
const TITLE = 'Modello provinciale dell’abitare';
const PARAGRAPHS = [
  'Il Comune mette a disposizione gli alloggi.',
  'La cooperativa accompagna le famiglie per dodici mesi.',
  'Il tavolo verifica i risultati ogni sei mesi.',
];

/** A day a week from now, as the date input takes it (YYYY-MM-DD). */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Testo del documento' });

/** Selects one word in the live editor (as a double click would) and types its replacement. */
async function replaceWord(page: Page, word: string, replacement: string): Promise<void> {
  await editorOf(page).click();
  await page.evaluate((target) => {
    const root = document.querySelector('.document-editor-content');
    const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`«${target}» is not in the editor`);
  }, word);
  // ProseMirror takes the DOM selection on the next selectionchange event.
  await page.waitForTimeout(200);
  await page.keyboard.type(replacement);
  // The caret (and its name, shown to the others) leaves the sentence.
  await page.keyboard.press('Control+End');
}

describe('a co-designed model from the working draft to the approved, public version, in Chromium', () => {
  const suite = browserSuite();

  it('the coordinator consolidates and submits, the Collegio asks for changes on a passage, v2 changes one word, the Collegio approves it, anyone reads and verifies it', async () => {
    const { app, browser } = suite;

    // The mayor reviews the housing table's models for the Collegio dei Sindaci.
    const jar: { cookie?: string } = {};
    await gql(app.baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: 'tecnico@condivisa.example', p: DEMO_PASSWORD }, jar);
    const sindacoId = (await gql<{ users: { id: string }[] }>(app.baseUrl, '{ users(search: "Sandro") { id } }', {}, jar)).data!.users[0]!.id;
    const invited = await gql(app.baseUrl, 'mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }', {
      i: { spaceId: CASA, userId: sindacoId, organizationId: 'comune-di-bergamo', role: 'REVIEWER' },
    }, jar);
    expect(invited.errors).toBeUndefined();

    // The coordinator starts a model from the Modelli tab, where the review rule is explained.
    const tecnico = await logIn(browser, app.baseUrl, 'tecnico@condivisa.example', 'Tina Tecnica (demo)');
    await tecnico.goto(`${app.baseUrl}/spazi/${CASA}/modelli`);
    await tecnico.getByRole('heading', { name: 'Nuovo modello' }).waitFor();
    await tecnico.getByText('Regola attuale: Maggioranza.').waitFor();
    expect(await tecnico.getByLabel('Regola da applicare alle prossime revisioni').inputValue()).toBe('MAJORITY');
    await tecnico.getByLabel('Titolo del modello').fill(TITLE);
    await tecnico.getByRole('button', { name: 'Crea il modello' }).click();
    await tecnico.waitForURL(/\/modelli\/[0-9a-f-]{36}$/);
    const modelPath = new URL(tecnico.url()).pathname;
    await tecnico.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await tecnico.getByRole('status').getByText('Connesso').waitFor();

    // The ETS representative writes the working draft live.
    const ets = await logIn(browser, app.baseUrl, 'ets@condivisa.example', 'Enrico Terzosettore (demo)');
    await ets.goto(`${app.baseUrl}${modelPath}`);
    await ets.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(ets).click();
    await ets.keyboard.type(PARAGRAPHS[0]!);
    for (const paragraph of PARAGRAPHS.slice(1)) {
      await ets.keyboard.press('Enter');
      await ets.keyboard.type(paragraph);
    }
    await editorOf(tecnico).getByText(PARAGRAPHS[2]!).waitFor();
    // Members write; consolidating and submitting is for coordinators.
    expect(await ets.getByRole('button', { name: 'Consolida la versione' }).count()).toBe(0);
    expect(await seriousViolations(ets)).toEqual([]);

    // The coordinator consolidates version 1; a second consolidation without changes is refused.
    await tecnico.getByLabel('Cosa cambia rispetto alla versione precedente').fill('Prima stesura condivisa con il Terzo Settore');
    await tecnico.getByRole('button', { name: 'Consolida la versione' }).click();
    await tecnico.getByText('Versione 1 consolidata.').waitFor();
    const v1 = tecnico.getByTestId('versione').filter({ hasText: 'Prima stesura condivisa con il Terzo Settore' });
    await v1.getByText('Enrico Terzosettore (demo)').waitFor();
    expect((await v1.getByTestId('sha256').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
    await v1.getByRole('link', { name: 'Scarica il PDF della versione 1' }).waitFor();
    await tecnico.getByLabel('Cosa cambia rispetto alla versione precedente').fill('Nessuna modifica');
    await tecnico.getByRole('button', { name: 'Consolida la versione' }).click();
    await tecnico.getByText('Nulla è cambiato dalla versione 1', { exact: false }).waitFor();

    // … and sends it to the Collegio with a due date.
    await v1.getByLabel('Scadenza del parere').fill(nextWeek());
    await tecnico.getByRole('button', { name: 'Invia in revisione la versione 1' }).click();
    await tecnico.getByText('Versione 1 inviata in revisione', { exact: false }).waitFor();
    await v1.getByTestId('stato-versione').getByText('In revisione').waitFor();
    await tecnico.getByRole('button', { name: 'Ritira dalla revisione la versione 1' }).waitFor();
    expect(await seriousViolations(tecnico)).toEqual([]);
    await tecnico.screenshot({ path: join(ARTIFACTS, 'model-coordinator.png'), fullPage: true });

    // The Collegio member quotes a passage selected in the version and asks for changes.
    const sindaco = await logIn(browser, app.baseUrl, 'sindaco@condivisa.example', 'Sandro Sindaco (demo)');
    await sindaco.goto(`${app.baseUrl}${modelPath}`);
    await sindaco.getByText('La versione 1 attende il tuo parere').waitFor();
    await sindaco.getByRole('link', { name: 'Apri la revisione della versione 1', exact: true }).click();
    await sindaco.waitForURL(/\/revisione\/[0-9a-f-]{36}$/);
    const reviewPath = new URL(sindaco.url()).pathname;
    const text = sindaco.getByRole('article', { name: 'Testo della versione 1' });
    await text.getByText(PARAGRAPHS[1]!).selectText();
    await expect.poll(() => sindaco.getByLabel('Passaggio citato').inputValue()).toBe(PARAGRAPHS[1]);
    await sindaco.getByLabel('Commento', { exact: true }).fill('Dodici mesi non bastano alle famiglie più fragili.');
    await sindaco.getByRole('button', { name: 'Aggiungi il commento' }).click();
    await sindaco.getByText('Commento aggiunto.').waitFor();
    const comments = sindaco.getByTestId('commenti-revisione');
    await comments.locator('blockquote', { hasText: PARAGRAPHS[1] }).waitFor();
    await comments.getByText('Dodici mesi non bastano alle famiglie più fragili.').waitFor();
    await sindaco.getByText('Non hai ancora espresso il parere.').waitFor();
    expect(await seriousViolations(sindaco)).toEqual([]);
    await sindaco.screenshot({ path: join(ARTIFACTS, 'model-review.png'), fullPage: true });
    const decision = sindaco.getByRole('group', { name: 'Parere' });
    await decision.getByText('Richiesta di modifiche', { exact: true }).click();
    await sindaco.getByLabel('Motivazione').fill('Portare l’accompagnamento a diciotto mesi.');
    await sindaco.getByRole('button', { name: 'Esprimi il parere' }).click();
    await sindaco.getByText('Parere registrato: Richiesta di modifiche. La revisione si è chiusa: Modifiche richieste.').waitFor();
    // The only reviewer answered: the rule closed the review, and the Collegio's opinion is there.
    const opinion = sindaco.getByTestId('parere-collegio');
    await opinion.getByText('Sandro Sindaco (demo): Richiesta di modifiche').waitFor();
    await opinion.getByText('Portare l’accompagnamento a diciotto mesi.').waitFor();
    await sindaco.getByText('La revisione non è aperta', { exact: false }).waitFor();

    // The ETS representative changes one word of the draft.
    await replaceWord(ets, 'dodici', 'diciotto');
    await editorOf(tecnico).getByText('La cooperativa accompagna le famiglie per diciotto mesi.').waitFor();

    // The coordinator consolidates version 2 and compares it with version 1: one word changed.
    await tecnico.reload();
    await tecnico.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(tecnico).getByText('per diciotto mesi').waitFor();
    await tecnico.getByLabel('Cosa cambia rispetto alla versione precedente').fill('Accompagnamento portato a diciotto mesi, come chiesto dal Collegio');
    await tecnico.getByRole('button', { name: 'Consolida la versione' }).click();
    await tecnico.getByText('Versione 2 consolidata.').waitFor();
    await tecnico.getByLabel('Da', { exact: true }).selectOption({ label: 'Versione 1 (Modifiche richieste)' });
    await tecnico.getByLabel('A', { exact: true }).selectOption({ label: 'Versione 2 (Consolidata)' });
    await tecnico.getByRole('button', { name: 'Confronta', exact: true }).click();
    await tecnico.getByTestId('riepilogo-confronto').getByText('1 blocco modificato, 0 aggiunti, 0 rimossi, 0 spostati.').waitFor();
    const sideBySide = tecnico.getByTestId('confronto-affiancato');
    expect(await sideBySide.locator('tbody tr[data-kind="same"]').count()).toBeGreaterThanOrEqual(2);
    await tecnico.getByText('Mostra solo le modifiche', { exact: true }).click();
    await expect.poll(() => sideBySide.locator('tbody tr').count()).toBe(1);
    const row = sideBySide.locator('tbody tr');
    expect(await row.getAttribute('data-kind')).toBe('changed');
    expect(await row.getByRole('rowheader').innerText()).toMatch(/modificato/i);
    expect(await row.locator('del').allInnerTexts()).toEqual(['dodici']);
    expect(await row.locator('ins').allInnerTexts()).toEqual(['diciotto']);
    expect(await seriousViolations(tecnico)).toEqual([]);
    await tecnico.screenshot({ path: join(ARTIFACTS, 'model-compare-side-by-side.png'), fullPage: true });
    await tecnico.getByText('In linea', { exact: true }).click();
    const inline = tecnico.getByTestId('confronto-in-linea');
    expect(await inline.locator('li').count()).toBe(1);
    expect(await inline.locator('del').allInnerTexts()).toEqual(['dodici']);
    expect(await inline.locator('ins').allInnerTexts()).toEqual(['diciotto']);
    expect(await seriousViolations(tecnico)).toEqual([]);

    const v2 = tecnico.getByTestId('versione').filter({ hasText: 'Accompagnamento portato a diciotto mesi' });
    await v2.getByLabel('Scadenza del parere').fill(nextWeek());
    await tecnico.getByRole('button', { name: 'Invia in revisione la versione 2' }).click();
    await tecnico.getByText('Versione 2 inviata in revisione', { exact: false }).waitFor();
    const sha = (await v2.getByTestId('sha256').innerText()).trim();

    // The Collegio member approves version 2.
    await sindaco.goto(`${app.baseUrl}${modelPath}`);
    await sindaco.getByRole('link', { name: 'Apri la revisione della versione 2', exact: true }).click();
    await sindaco.waitForURL((url) => /\/revisione\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== reviewPath);
    await sindaco.getByRole('article', { name: 'Testo della versione 2' }).getByText('per diciotto mesi', { exact: false }).waitFor();
    await sindaco.getByRole('group', { name: 'Parere' }).getByText('Favorevole', { exact: true }).click();
    await sindaco.getByLabel('Motivazione').fill('Il modello recepisce la richiesta del Collegio.');
    await sindaco.getByRole('button', { name: 'Esprimi il parere' }).click();
    await sindaco.getByText('Parere registrato: Favorevole. La revisione si è chiusa: Approvata.').waitFor();
    expect(await seriousViolations(sindaco)).toEqual([]);

    // The coordinator's page follows: the model is approved, version 2 too.
    await tecnico.getByRole('link', { name: 'Versione 2 (pagina pubblica)' }).waitFor();
    await v2.getByTestId('stato-versione').getByText('Approvata').waitFor();

    // Anyone, without logging in, reads version 2 as the approved model and checks its fingerprint.
    const visitor = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await visitor.goto(`${app.baseUrl}/`);
    await visitor.getByRole('banner').getByRole('link', { name: 'Modelli approvati' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Modelli approvati' }).waitFor();
    const entry = visitor.getByTestId('modelli-approvati').locator('li', { hasText: TITLE });
    await entry.getByText('Versione 2', { exact: false }).waitFor();
    await entry.getByText('In vigore').waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await entry.getByRole('link', { name: TITLE }).click();
    await visitor.waitForURL(/\/modelli-approvati\/[0-9a-f-]{36}$/);
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect((await visitor.getByTestId('sha256').innerText()).trim()).toBe(sha);
    await visitor.getByRole('article').getByText('La cooperativa accompagna le famiglie per diciotto mesi.').waitFor();
    await visitor.getByTestId('parere-collegio').getByText('Sandro Sindaco (demo): Favorevole').waitFor();
    await visitor.getByRole('button', { name: 'Verifica l’impronta' }).click();
    await visitor.getByRole('status').getByText('Impronta verificata', { exact: false }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.screenshot({ path: join(ARTIFACTS, 'model-approved-public.png'), fullPage: true });
  });
});
