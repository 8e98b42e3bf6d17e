import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, logIn, seriousViolations } from '../support/browser';
import { gql } from '../support/app-process';

const CASA = 'tavolo-provinciale-casa';

describe('a proposal co-written live in Chromium', () => {
  const suite = browserSuite();

  it('the PA technician and the ETS representative see each other type; the observer reads but cannot change the text', async () => {
    const { app, browser } = suite;
    // The technician coordinates the housing table, where the ETS representative is a member.
    const tecnico = await logIn(browser, app.baseUrl, 'tecnico@condivisa.example', 'Tina Tecnica (demo)');
    await tecnico.goto(`${app.baseUrl}/spazi/${CASA}/bozze`);
    await tecnico.getByLabel('Titolo', { exact: true }).fill('Proposta per il modello provinciale dell’abitare');
    await tecnico.getByRole('button', { name: 'Crea bozza' }).click();
    await tecnico.waitForURL(/\/documenti\/[0-9a-f-]{36}$/);
    const documentPath = new URL(tecnico.url()).pathname;
    const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Testo del documento' });
    await tecnico.getByRole('status').getByText('Connesso').waitFor();

    const ets = await logIn(browser, app.baseUrl, 'ets@condivisa.example', 'Enrico Terzosettore (demo)');
    await ets.goto(`${app.baseUrl}${documentPath}`);
    await ets.getByRole('status').getByText('Connesso').waitFor();

    await editorOf(tecnico).click();
    await tecnico.keyboard.type('Il Comune mette a disposizione gli alloggi. ');
    await editorOf(ets).click();
    await ets.keyboard.press('End');
    await ets.keyboard.type('La cooperativa accompagna le famiglie.');

    await editorOf(tecnico).getByText('La cooperativa accompagna le famiglie.').waitFor();
    await editorOf(ets).getByText('Il Comune mette a disposizione gli alloggi.', { exact: false }).waitFor();
    // Each sees the other's caret, labelled with the other's name.
    await tecnico.locator('.collaboration-carets__label', { hasText: 'Enrico Terzosettore (demo)' }).waitFor();
    await ets.locator('.collaboration-carets__label', { hasText: 'Tina Tecnica (demo)' }).waitFor();
    // A named version, then a change, then the comparison shows what was added.
    await tecnico.getByLabel('Nome della versione').fill('Prima stesura');
    await tecnico.getByRole('button', { name: 'Salva versione' }).click();
    await tecnico.getByText('Versione 1 salvata').waitFor();
    await editorOf(tecnico).click();
    await tecnico.keyboard.press('Control+End');
    await tecnico.keyboard.press('Enter');
    await tecnico.keyboard.type('Nuovo paragrafo dopo la versione.');
    await tecnico.getByRole('button', { name: 'Confronta con il testo attuale' }).first().click();
    // The new paragraph is listed as added on the current-text side (whatever else moved meanwhile).
    await tecnico.locator('.version-line-added', { hasText: 'Nuovo paragrafo dopo la versione.' }).first().waitFor();
    expect(await tecnico.locator('.version-line-added .version-line-marker').first().textContent()).toBe('aggiunta');
    await tecnico.screenshot({ path: join(ARTIFACTS, 'document-tecnico.png'), fullPage: true });
    expect(await seriousViolations(tecnico)).toEqual([]);

    // The mayor joins as an observer: the text is there, the editor does not take input.
    const jar: { cookie?: string } = {};
    await gql(app.baseUrl, 'mutation { login(email: "tecnico@condivisa.example", password: "Condivisa-Demo-2025!") { id } }', {}, jar);
    const sindacoId = (await gql<{ users: { id: string }[] }>(app.baseUrl, '{ users(search: "Sandro") { id } }', {}, jar)).data!.users[0]!.id;
    const invited = await gql(app.baseUrl, 'mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }', {
      i: { spaceId: CASA, userId: sindacoId, organizationId: 'comune-di-bergamo', role: 'OBSERVER' },
    }, jar);
    expect(invited.errors).toBeUndefined();
    const sindaco = await logIn(browser, app.baseUrl, 'sindaco@condivisa.example', 'Sandro Sindaco (demo)');
    await sindaco.goto(`${app.baseUrl}${documentPath}`);
    await sindaco.getByText('Sola lettura: il tuo ruolo in questo spazio non permette di modificare il testo').waitFor();
    await editorOf(sindaco).getByText('La cooperativa accompagna le famiglie.').waitFor();
    const before = await editorOf(tecnico).innerText();
    await editorOf(sindaco).click({ force: true });
    await sindaco.keyboard.type('TESTO NON AUTORIZZATO');
    await tecnico.waitForTimeout(800);
    expect(await editorOf(sindaco).innerText()).not.toContain('TESTO NON AUTORIZZATO');
    expect(await editorOf(tecnico).innerText()).toBe(before);
    expect(await seriousViolations(sindaco)).toEqual([]);
    await sindaco.screenshot({ path: join(ARTIFACTS, 'document-observer.png'), fullPage: true });
  });
});
