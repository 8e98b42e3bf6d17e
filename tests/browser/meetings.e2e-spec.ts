import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, logIn, seriousViolations } from '../support/browser';

const CASA = 'tavolo-provinciale-casa';
const TITLE = 'Tavolo casa: emergenza abitativa';

/** A day a week from now, as the date input takes it (YYYY-MM-DD). */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Testo del documento' });

/** Puts the caret at the end of the minutes (the empty paragraph under the last agenda heading). */
async function typeAtEnd(page: Page, text: string, newParagraph = false): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

describe('a meeting from the invitation to the published, verifiable minutes, in Chromium', () => {
  const suite = browserSuite();

  it('the coordinator convenes, two members co-write the minutes live, the coordinator publishes; anyone finds and verifies the act', async () => {
    const { app, browser } = suite;

    // The technician coordinates the housing table: convenes a meeting with two agenda points.
    const tecnico = await logIn(browser, app.baseUrl, 'tecnico@condivisa.example', 'Tina Tecnica (demo)');
    await tecnico.goto(`${app.baseUrl}/spazi/${CASA}/incontri`);
    await tecnico.getByRole('heading', { name: 'Convoca un incontro' }).waitFor();
    // A personal calendar address, shown to copy into a calendar app.
    await tecnico.getByRole('button', { name: 'Abbonati al calendario' }).click();
    const feed = await tecnico.getByLabel('Indirizzo personale del calendario').inputValue();
    expect(feed).toMatch(new RegExp(`/calendar/spaces/${CASA}\\.ics\\?token=\\S+$`));
    await tecnico.getByLabel('Titolo dell’incontro').fill(TITLE);
    await tecnico.getByLabel('Data').fill(nextWeek());
    await tecnico.getByLabel('Ora di inizio').fill('10:00');
    await tecnico.getByLabel('Ora di fine').fill('12:00');
    await tecnico.getByLabel('Luogo').fill('Sala del Consiglio provinciale, Bergamo');
    await tecnico.getByRole('button', { name: 'Aggiungi un punto' }).click();
    await tecnico.getByLabel('Titolo del punto').nth(0).fill('Mappatura delle esperienze territoriali');
    await tecnico.getByRole('button', { name: 'Aggiungi un punto' }).click();
    await tecnico.getByLabel('Titolo del punto').nth(1).fill('Strategie sull’offerta abitativa');
    // Reordering: the second point goes first, then back.
    await tecnico.getByRole('button', { name: 'Sposta su il punto 2' }).click();
    expect(await tecnico.getByLabel('Titolo del punto').nth(0).inputValue()).toBe('Strategie sull’offerta abitativa');
    await tecnico.getByRole('button', { name: 'Sposta giù il punto 1' }).click();
    expect(await tecnico.getByLabel('Titolo del punto').nth(0).inputValue()).toBe('Mappatura delle esperienze territoriali');
    expect(await seriousViolations(tecnico)).toEqual([]);
    await tecnico.screenshot({ path: join(ARTIFACTS, 'space-meetings-form.png'), fullPage: true });
    await tecnico.getByRole('button', { name: 'Convoca l’incontro' }).click();
    await tecnico.waitForURL(/\/incontri\/[0-9a-f-]{36}$/);
    const meetingPath = new URL(tecnico.url()).pathname;
    await tecnico.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await tecnico.getByRole('link', { name: 'Scarica .ics' }).waitFor();

    // The ETS representative answers the invitation and starts the minutes.
    const ets = await logIn(browser, app.baseUrl, 'ets@condivisa.example', 'Enrico Terzosettore (demo)');
    await ets.goto(`${app.baseUrl}${meetingPath}`);
    await ets.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await ets.getByRole('button', { name: 'Partecipo', exact: true }).click();
    await ets.getByText('Risposta registrata: Partecipo.').waitFor();
    await ets.getByRole('button', { name: 'Partecipo', exact: true, pressed: true }).waitFor();
    expect(await ets.getByRole('button', { name: 'Forse' }).getAttribute('aria-pressed')).toBe('false');
    // Start the minutes unless somebody already has (then the editor is there).
    const start = ets.getByRole('button', { name: 'Avvia il verbale' });
    await start.or(editorOf(ets)).first().waitFor();
    if (await start.isVisible()) await start.click();
    await ets.getByRole('status').getByText('Connesso').waitFor();
    // The template has one heading per agenda point.
    await editorOf(ets).getByText('2. Strategie sull’offerta abitativa').waitFor();
    await typeAtEnd(ets, 'Le esigenze abitative delle famiglie fragili crescono in tutti gli Ambiti.');

    // A second member writes too; each sees the other's text.
    const coordinatrice = await logIn(browser, app.baseUrl, 'coordinatrice@condivisa.example', 'Carla Coordinatrice (demo)');
    await coordinatrice.goto(`${app.baseUrl}${meetingPath}`);
    await coordinatrice.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(coordinatrice).getByText('Le esigenze abitative delle famiglie fragili', { exact: false }).waitFor();
    await typeAtEnd(coordinatrice, 'Il Comune propone una ricognizione degli alloggi disponibili.', true);
    await editorOf(ets).getByText('Il Comune propone una ricognizione degli alloggi disponibili.').waitFor();
    // Decisions and an action item, recorded with the minutes.
    await ets.getByRole('button', { name: 'Aggiungi una decisione' }).click();
    await ets.getByLabel('Decisione 1', { exact: true }).fill('Avviare la mappatura delle esperienze abitative in tre Ambiti.');
    await ets.getByRole('button', { name: 'Salva le decisioni' }).click();
    await ets.getByText('Decisioni salvate.').waitFor();
    await ets.getByLabel('Cosa', { exact: true }).fill('Raccogliere i dati sugli sfratti');
    await ets.getByLabel('Scadenza', { exact: true }).fill(nextWeek());
    await ets.getByRole('button', { name: 'Aggiungi l’azione' }).click();
    await ets.getByText('Azione aggiunta.').waitFor();
    await ets.getByRole('table', { name: 'Azioni decise' }).getByRole('rowheader', { name: 'Raccogliere i dati sugli sfratti' }).waitFor();
    expect(await seriousViolations(ets)).toEqual([]);
    await ets.screenshot({ path: join(ARTIFACTS, 'meeting-minutes-ets.png'), fullPage: true });

    // The coordinator's page follows live: the minutes are there; attendance, then publication.
    await editorOf(tecnico).getByText('Il Comune propone una ricognizione degli alloggi disponibili.').waitFor();
    const sheet = tecnico.getByRole('table', { name: 'Foglio presenze per ente' });
    const statuses = sheet.getByRole('combobox');
    expect(await statuses.count()).toBeGreaterThanOrEqual(2);
    await statuses.nth(0).selectOption('PRESENT');
    await statuses.nth(1).selectOption('REPRESENTED');
    await sheet.getByRole('textbox').first().fill('Delegato di Ambito (demo)');
    await tecnico.getByRole('button', { name: 'Salva le presenze' }).click();
    await tecnico.getByText('Presenze salvate.').waitFor();

    await tecnico.getByRole('button', { name: 'Pubblica il verbale' }).click();
    await tecnico.getByText('La pubblicazione non si può annullare: il verbale diventa un atto pubblico immutabile', { exact: false }).waitFor();
    await tecnico.getByRole('button', { name: 'Confermo: pubblica il verbale' }).click();
    await tecnico.getByText('Verbale pubblicato (n. 1).').waitFor();
    const sha = (await tecnico.getByTestId('sha256').first().innerText()).trim();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    // The text is frozen: the editor gives way to the published act.
    await tecnico.getByText('Il verbale è pubblicato: il testo è un atto pubblico', { exact: false }).waitFor();
    expect(await seriousViolations(tecnico)).toEqual([]);
    await tecnico.screenshot({ path: join(ARTIFACTS, 'meeting-published-coordinator.png'), fullPage: true });

    // «Decisioni e azioni»: the decision, and the action, whose status still changes after publication.
    await coordinatrice.goto(`${app.baseUrl}/spazi/${CASA}/decisioni`);
    await coordinatrice.getByText('Avviare la mappatura delle esperienze abitative in tre Ambiti.').waitFor();
    const status = coordinatrice.getByLabel('Stato di «Raccogliere i dati sugli sfratti»');
    await status.selectOption('IN_PROGRESS');
    await coordinatrice.getByText('«Raccogliere i dati sugli sfratti»: In corso.').waitFor({ state: 'attached' });
    await coordinatrice.getByText('Solo da fare', { exact: true }).click();
    expect(await coordinatrice.getByLabel('Solo da fare').isChecked()).toBe(true);
    await coordinatrice.waitForURL(/\?da-fare=1$/);
    await coordinatrice.reload();
    expect(await coordinatrice.getByLabel('Stato di «Raccogliere i dati sugli sfratti»').inputValue()).toBe('IN_PROGRESS');
    expect(await seriousViolations(coordinatrice)).toEqual([]);
    await coordinatrice.screenshot({ path: join(ARTIFACTS, 'space-decisions.png'), fullPage: true });

    // Anyone, without logging in, finds the act by a word of its text and checks its fingerprint.
    const visitor = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await visitor.goto(`${app.baseUrl}/verbali`);
    await visitor.getByRole('heading', { level: 1, name: 'Verbali pubblicati' }).waitFor();
    await visitor.getByLabel('Parole da cercare').fill('abitativa');
    await visitor.getByRole('button', { name: 'Cerca', exact: true }).click();
    await visitor.waitForURL(/\/verbali\?q=abitativa$/);
    const result = visitor.getByRole('link', { name: TITLE });
    await result.waitFor();
    expect(await visitor.locator('mark', { hasText: /abitativ/ }).count()).toBeGreaterThan(0);
    await result.click();
    await visitor.waitForURL(/\/verbali\/[0-9a-f-]{36}$/);
    await visitor.getByRole('article').getByText('Le esigenze abitative delle famiglie fragili', { exact: false }).waitFor();
    await visitor.getByRole('article').getByText('Avviare la mappatura delle esperienze abitative in tre Ambiti.').waitFor();
    expect((await visitor.getByTestId('sha256').innerText()).trim()).toBe(sha);
    await visitor.getByRole('button', { name: 'Verifica l’impronta' }).click();
    await visitor.getByRole('status').getByText('Impronta verificata', { exact: false }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.screenshot({ path: join(ARTIFACTS, 'minutes-public.png'), fullPage: true });

    // A correction: a new text from the published one, published with its reason as a new act.
    await tecnico.getByRole('button', { name: 'Avvia una rettifica' }).click();
    await tecnico.getByText('Rettifica avviata', { exact: false }).waitFor();
    await tecnico.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(tecnico).getByText('Le esigenze abitative delle famiglie fragili', { exact: false }).waitFor();
    await typeAtEnd(tecnico, 'Rettifica: i dati sugli sfratti saranno raccolti da tutti gli Ambiti.', true);
    await tecnico.getByLabel('Motivo della rettifica').fill('Precisato chi raccoglie i dati');
    await tecnico.getByRole('button', { name: 'Pubblica la rettifica' }).click();
    await tecnico.getByRole('button', { name: 'Pubblica la rettifica' }).click();
    await tecnico.getByText('Rettifica pubblicata (n. 2).').waitFor();

    await visitor.reload();
    await visitor.getByRole('link', { name: 'Questo verbale è stato rettificato: leggi la versione n. 2' }).click();
    await visitor.getByText('Questo atto è una rettifica').waitFor();
    await visitor.getByText('Motivo: Precisato chi raccoglie i dati', { exact: true }).waitFor();
    await visitor.getByRole('article').getByText('Rettifica: i dati sugli sfratti saranno raccolti da tutti gli Ambiti.').waitFor();
    expect((await visitor.getByTestId('sha256').innerText()).trim()).not.toBe(sha);
  });
});
