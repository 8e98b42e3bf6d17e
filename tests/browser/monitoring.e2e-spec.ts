import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/app-process';
import { ARTIFACTS, browserSuite, DEMO_PASSWORD, logIn, seriousViolations } from '../support/browser';

const WELFARE = 'tavolo-sviluppo-welfare-locale';
const OBJECTIVE = 'iss-5-sviluppo-del-welfare-locale';
const MEETING = 'Tavolo welfare: avvio delle attività';
const ACTION = 'Individuazione e attivazione del "tavolo di sviluppo del welfare locale": partecipanti, compiti e responsabilità';
const INDICATOR = 'Ambiti che sperimentano la co-progettazione';
const PATH = 'Processo partecipato di redazione del Piano di Zona (modello derivato dalla scheda Dalmine)';

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Testo del documento' });

/** Types at the end of the live text in the page's editor, once it is connected. */
async function typeInEditor(page: Page, text: string): Promise<void> {
  await page.getByRole('status').getByText('Connesso').waitFor();
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await editorOf(page).getByText(text).waitFor();
}

/**
 * Publishes the minutes through the API. The text typed in the browser reaches the server over
 * its socket a moment later: until it does, the API says the minutes are empty, so ask again.
 */
async function publishMinutes(baseUrl: string, meetingId: string, jar: { cookie?: string }): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await gql<{ publishMinutes: { id: string } }>(baseUrl, 'mutation($m: ID!) { publishMinutes(meetingId: $m) { id } }', { m: meetingId }, jar);
    if (res.data) return res.data.publishMinutes.id;
    if (Date.now() > deadline || res.errors?.[0]?.extensions.code !== 'BAD_USER_INPUT') throw new Error(JSON.stringify(res.errors));
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('monitoring the plan: a coordinator updates an objective, anyone sees its progress, in Chromium', () => {
  const suite = browserSuite();

  it('the coordinator links a published act to a concluded action and records a half-year value; an anonymous reader sees the progress', async () => {
    const { app, browser } = suite;

    // Setup: a published minutes act in the coordinator's table (meeting and minutes through the API, text in the editor).
    const jar: { cookie?: string } = {};
    await gql(app.baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: 'coordinatrice@condivisa.example', p: DEMO_PASSWORD }, jar);
    const startsAt = new Date(Date.now() - 2 * 24 * 3600_000);
    const created = await gql<{ createMeeting: { id: string } }>(
      app.baseUrl,
      'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }',
      { i: { spaceId: WELFARE, title: MEETING, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(), agenda: [] } },
      jar,
    );
    const meetingId = created.data!.createMeeting.id;
    await gql(app.baseUrl, 'mutation($m: ID!) { startMinutes(meetingId: $m) { id } }', { m: meetingId }, jar);

    const coordinatrice = await logIn(browser, app.baseUrl, 'coordinatrice@condivisa.example', 'Carla Coordinatrice (demo)');
    await coordinatrice.goto(`${app.baseUrl}/incontri/${meetingId}`);
    await typeInEditor(coordinatrice, 'Il tavolo è attivato: partecipanti, compiti e responsabilità sono definiti.');
    const publicationId = await publishMinutes(app.baseUrl, meetingId, jar);

    // The objective page, as the coordinator of a space serving it.
    await coordinatrice.goto(`${app.baseUrl}/obiettivi/${OBJECTIVE}`);
    await coordinatrice.getByRole('heading', { level: 1, name: 'Sviluppo del welfare locale' }).waitFor();
    await coordinatrice.getByRole('heading', { level: 2, name: 'Azioni 2025-2027' }).waitFor();

    // An indicator, if the objective has none yet.
    const indicator = coordinatrice.getByRole('article', { name: INDICATOR });
    await coordinatrice.getByRole('heading', { level: 2, name: 'Indicatori' }).waitFor();
    if ((await indicator.count()) === 0) {
      await coordinatrice.getByRole('button', { name: 'Nuovo indicatore' }).click();
      await coordinatrice.getByLabel('Nome dell’indicatore').fill(INDICATOR);
      await coordinatrice.getByLabel('Valore di partenza', { exact: false }).first().fill('0');
      await coordinatrice.getByLabel('Fonte dei dati', { exact: false }).fill('Rilevazione del tavolo');
      await coordinatrice.getByLabel('Obiettivo 2025', { exact: false }).fill('1');
      await coordinatrice.getByLabel('Obiettivo 2026', { exact: false }).fill('3');
      // A count cannot be fractional: the form says so before asking the API.
      await coordinatrice.getByLabel('Obiettivo 2027', { exact: false }).fill('3,5');
      await coordinatrice.getByRole('button', { name: 'Definisci l’indicatore' }).click();
      await coordinatrice.getByText('Un conteggio è un numero intero non negativo.').waitFor();
      await coordinatrice.getByLabel('Obiettivo 2027', { exact: false }).fill('5');
      await coordinatrice.getByRole('button', { name: 'Definisci l’indicatore' }).click();
      await coordinatrice.getByText(`Indicatore «${INDICATOR}» definito.`).waitFor();
    }
    await indicator.waitFor();

    // A half-year value, then a correction of it: the history keeps both.
    for (const [value, note] of [
      ['2', 'Prima rilevazione'],
      ['1', 'Rettifica: un Ambito non ha ancora avviato'],
    ]) {
      await coordinatrice.getByRole('button', { name: `Registra un valore di «${INDICATOR}»` }).click();
      await indicator.getByLabel('Semestre', { exact: true }).selectOption('2025-H2');
      await indicator.getByLabel('Valore (numero)').fill(value!);
      await indicator.getByLabel('Nota', { exact: false }).fill(note!);
      await indicator.getByRole('button', { name: 'Registra il valore' }).click();
      await indicator.getByText('Valore registrato per il 2° semestre 2025.').waitFor();
    }
    const history = indicator.getByTestId('valore-inserito');
    await expect.poll(() => history.count()).toBe(2);
    await indicator.getByText('Sostituito da una rettifica').waitFor();
    await indicator.getByText('Rettifica', { exact: true }).waitFor();

    // The action of 2025 is concluded, with the published act as its evidence.
    const entry = coordinatrice.getByTestId('azione').filter({ hasText: ACTION });
    await coordinatrice.getByRole('button', { name: `Aggiorna lo stato di «${ACTION}»` }).click();
    await entry.getByLabel('Stato dell’azione').selectOption('AT_RISK');
    await entry.getByRole('button', { name: 'Salva lo stato' }).click();
    // At risk needs a reason: the form asks for it before the API would.
    await entry.getByText('Spiega perché (almeno 5 caratteri)', { exact: false }).waitFor();
    await entry.getByLabel('Stato dell’azione').selectOption('DONE');
    await entry.getByLabel('Ente responsabile', { exact: false }).fill('Tavolo di sviluppo del welfare locale');
    await entry.getByRole('button', { name: 'Salva lo stato' }).click();
    await entry.getByText(`«${ACTION}»: Conclusa.`).waitFor();
    await entry.locator('.action-status', { hasText: 'Conclusa' }).waitFor();

    await coordinatrice.getByRole('button', { name: `Aggiungi evidenza a «${ACTION}»` }).click();
    await entry.getByLabel('Verbale pubblicato', { exact: true }).selectOption(publicationId);
    await entry.getByRole('button', { name: 'Collega l’evidenza' }).click();
    await entry.getByText('Evidenza collegata.', { exact: true }).waitFor();
    await entry.getByRole('link', { name: `Verbale – ${MEETING}` }).waitFor();
    expect(await seriousViolations(coordinatrice)).toEqual([]);
    await coordinatrice.screenshot({ path: join(ARTIFACTS, 'objective-monitoring-coordinator.png'), fullPage: true });

    // The semester report: the coordinators' assessment, written live, then published and frozen.
    await coordinatrice.getByLabel('Semestre del rapporto').selectOption('2025-H2');
    await coordinatrice.waitForURL(/semestre=2025-H2/);
    const report = coordinatrice.getByRole('region', { name: 'Rapporto semestrale' });
    await expect.poll(async () => (await report.getByTestId('rapporto-valore').allInnerTexts()).join(' ')).toContain('1');
    await report.getByRole('button', { name: 'Avvia la valutazione' }).click();
    await typeInEditor(coordinatrice, 'Il tavolo è attivo e la prima azione dell’anno è conclusa.');
    await report.getByRole('button', { name: 'Pubblica il rapporto' }).click();
    await report.getByText('La pubblicazione non si può annullare', { exact: false }).waitFor();
    await report.getByRole('button', { name: 'Confermo: pubblica il rapporto' }).click();
    await report.getByText('Rapporto del 2° semestre 2025 pubblicato.').waitFor();
    const sha = (await report.getByTestId('sha256').innerText()).trim();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);

    // The Piano di Zona path in her table: the template, started with its approval deadline; a phase under way; a value.
    await coordinatrice.goto(`${app.baseUrl}/spazi/${WELFARE}`);
    await coordinatrice.getByRole('link', { name: 'Apri il percorso dello spazio' }).click();
    await coordinatrice.waitForURL(new RegExp(`/spazi/${WELFARE}/percorso$`));
    const template = coordinatrice.getByRole('article', { name: PATH });
    await template.getByText('Valutazione del Piano precedente').waitFor();
    await template.getByLabel('Scadenza di approvazione').fill('2026-12-31');
    await template.getByRole('button', { name: 'Avvia il percorso' }).click();
    const phases = coordinatrice.getByRole('region', { name: `Fasi del percorso: ${PATH}` });
    const phase = phases.getByTestId('azione').filter({ hasText: 'Valutazione del Piano precedente' });
    // Five months before the deadline, and what closes it.
    await phase.getByText('31 luglio 2026').waitFor();
    await phase.getByText('documento di verifica di attuazione del Piano precedente', { exact: false }).waitFor();
    await coordinatrice.getByRole('button', { name: 'Aggiorna lo stato di «Valutazione del Piano precedente»' }).click();
    await phase.getByLabel('Stato dell’azione').selectOption('IN_PROGRESS');
    await phase.getByRole('button', { name: 'Salva lo stato' }).click();
    await phase.getByText('«Valutazione del Piano precedente»: In corso.').waitFor();
    const participants = coordinatrice.getByRole('article', { name: 'Soggetti aderenti all’Accordo di Programma' });
    await coordinatrice.getByRole('button', { name: 'Registra un valore di «Soggetti aderenti all’Accordo di Programma»' }).click();
    await participants.getByLabel('Semestre', { exact: true }).selectOption('2026-H2');
    await participants.getByLabel('Valore (numero)').fill('12');
    await participants.getByRole('button', { name: 'Registra il valore' }).click();
    await participants.getByText('Valore registrato per il 2° semestre 2026.').waitFor();
    expect(await seriousViolations(coordinatrice)).toEqual([]);
    await coordinatrice.screenshot({ path: join(ARTIFACTS, 'space-path.png'), fullPage: true });

    // Anyone, without logging in: the dashboard counts the action as done in 2025.
    const visitor = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await visitor.goto(`${app.baseUrl}/monitoraggio`);
    await visitor.getByRole('heading', { level: 1, name: 'Monitoraggio del piano 2025-2027' }).waitFor();
    const cell = visitor.getByTestId(`cella-${OBJECTIVE}-2025`);
    await expect.poll(() => cell.innerText()).toContain('1 conclusa');
    expect(await visitor.getByTestId(`cella-${OBJECTIVE}-2026`).innerText()).not.toContain('conclusa');
    await visitor.getByLabel('Semestre', { exact: true }).selectOption('2025-H2');
    await visitor.waitForURL(/\/monitoraggio\?semestre=2025-H2$/);
    const summaryRow = visitor.getByTestId('sintesi-provinciale').getByRole('row').filter({ hasText: 'Sviluppo del welfare locale' });
    await expect.poll(() => summaryRow.innerText()).toContain('1 su 2');
    await summaryRow.getByText('100% (1 su 1)').waitFor();
    await summaryRow.getByText('Pubblicato', { exact: true }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.screenshot({ path: join(ARTIFACTS, 'monitoring-dashboard.png'), fullPage: true });

    // The provincial summary as a file (fetched, then saved by the browser).
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByRole('button', { name: 'Scarica la sintesi provinciale del 2° semestre 2025 in XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapporto-provincia-2025-H2.xlsx');
    await visitor.getByText('File scaricato: rapporto-provincia-2025-H2.xlsx.').waitFor();

    // The objective page from the dashboard's cell: 2025 only, the action concluded with its evidence.
    await cell.click();
    await visitor.waitForURL(new RegExp(`/obiettivi/${OBJECTIVE}\\?anno=2025`));
    await visitor.getByText('Azioni del 2025, comprese quelle', { exact: false }).waitFor();
    const publicEntry = visitor.getByTestId('azione').filter({ hasText: ACTION });
    await publicEntry.locator('.action-status', { hasText: 'Conclusa' }).waitFor();
    await publicEntry.getByRole('link', { name: `Verbale – ${MEETING}` }).waitFor();
    expect(await visitor.getByRole('button', { name: 'Aggiorna lo stato', exact: false }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Nuovo indicatore' }).count()).toBe(0);
    // The value of the semester, in the chart's table.
    const publicIndicator = visitor.getByRole('article', { name: INDICATOR });
    await publicIndicator.getByText('I dati del grafico in una tabella').click();
    expect((await publicIndicator.getByTestId('valore-2025-H2').innerText()).trim()).toBe('1');
    // The published report, and its fingerprint checked in the browser.
    await visitor.getByLabel('Semestre del rapporto').selectOption('2025-H2');
    const publicReport = visitor.getByRole('region', { name: 'Rapporto semestrale' });
    expect((await publicReport.getByTestId('sha256').innerText()).trim()).toBe(sha);
    await publicReport.getByRole('article').getByText('la prima azione dell’anno è conclusa', { exact: false }).waitFor();
    await publicReport.getByRole('button', { name: 'Verifica l’impronta' }).click();
    await publicReport.getByText('Impronta verificata', { exact: false }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.screenshot({ path: join(ARTIFACTS, 'objective-monitoring-public.png'), fullPage: true });
  });
});
