import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, seriousViolations } from '../support/browser';

/** The seeded ids (libs/seed-data/data/instruments.json). */
const CO_PROGETTAZIONE = 'co-progettazione';
const APPALTO_SERVIZI_SOCIALI = 'appalto-servizi-sociali';
const CO_PROGRAMMAZIONE = 'co-programmazione';
const CONVENZIONI_ODV_APS = 'convenzioni-odv-aps';
const APPALTO_RISERVATO = 'appalto-riservato-inserimento-lavorativo';

/**
 * Bootstrap Italia draws checkboxes and radio buttons on their label, which takes the click, as
 * it does for a person: click the label, then check that its control is on.
 */
async function tick(scope: Locator, label: RegExp): Promise<void> {
  await scope.locator('label', { hasText: label }).click();
  await expect.poll(() => scope.getByLabel(label).isChecked()).toBe(true);
}

describe('the instrument map in Chromium, for an anonymous visitor', () => {
  const suite = browserSuite();

  it('filters the catalogue (in the URL), compares co-progettazione with the services contract, opens co-programmazione from the graph; the pages pass axe', async () => {
    const { app, browser } = suite;
    const page = await (await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Strumenti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mappa degli strumenti PA–ETS' }).waitFor();
    const rows = page.getByRole('table', { name: /Strumenti che corrispondono ai filtri/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(23);
    expect(await page.getByText('da verificare').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await tick(page.getByRole('group', { name: 'Famiglia' }), /^Collaborativo/);
    await expect.poll(() => rows.count()).toBe(11);
    await tick(page.getByRole('group', { name: 'Fase' }), /^Progettazione/);
    await expect.poll(() => page.getByTestId('conteggio-strumenti').innerText()).toBe('6 strumenti trovati');
    const listed = await rows.getByRole('rowheader').allInnerTexts();
    expect(listed.some((row) => row.startsWith('Co-progettazione'))).toBe(true);
    expect(listed.some((row) => /appalt/i.test(row))).toBe(false);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('famiglia')).toEqual(['COLLABORATIVE']);
    expect(url.searchParams.getAll('fase')).toEqual(['DESIGN']);
    // Each value says how many instruments it would give with the other filters applied.
    expect(await page.getByRole('group', { name: 'Fase' }).locator('label', { hasText: 'Progettazione' }).innerText()).toBe('Progettazione (6)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'strumenti-filtrati.png'), fullPage: true });

    // A shared link shows the same list.
    await page.reload();
    await expect.poll(() => page.getByTestId('conteggio-strumenti').innerText()).toBe('6 strumenti trovati');

    await tick(page.getByRole('table', { name: /Strumenti che corrispondono/ }), /^Scegli «Co-progettazione» per il confronto$/);
    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    await expect.poll(() => rows.count()).toBe(23);
    await tick(page.getByRole('table', { name: /Strumenti che corrispondono/ }), /^Scegli «Appalto di servizi sociali e alla persona/);
    expect(new URL(page.url()).searchParams.getAll('confronta')).toEqual([CO_PROGETTAZIONE, APPALTO_SERVIZI_SOCIALI]);
    await expect.poll(() => page.getByTestId('strumenti-scelti').innerText()).toContain('2 strumenti scelti');
    await page.getByRole('button', { name: 'Confronta', exact: true }).click();

    await page.waitForURL(`**/strumenti/confronto?ids=${CO_PROGETTAZIONE},${APPALTO_SERVIZI_SOCIALI}`);
    const comparison = page.getByRole('table', { name: /^Confronto tra Co-progettazione, Appalto di servizi sociali/ });
    await comparison.waitFor();
    const headers = await comparison.locator('thead th').allInnerTexts();
    expect(headers.some((h) => h.includes('Co-progettazione'))).toBe(true);
    expect(headers.some((h) => h.includes('Appalto di servizi sociali e alla persona'))).toBe(true);
    const familyRow = comparison.locator('tbody tr[data-field="family"]');
    expect(await familyRow.getAttribute('class')).toContain('differs');
    expect(await familyRow.getByRole('rowheader').innerText()).toContain('differisce');
    expect(await familyRow.innerText()).toContain('Competitivo (mercato)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'strumenti-confronto.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Strumenti' }).click();
    await page.getByRole('navigation', { name: 'Sezioni della mappa degli strumenti' }).getByRole('link', { name: 'Mappa delle relazioni' }).click();
    const canvas = page.getByRole('img', { name: /^Grafo delle relazioni: 23 strumenti e 26 relazioni/ });
    await canvas.waitFor();
    await expect.poll(() => canvas.getAttribute('data-node-positions')).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'strumenti-grafo.png'), fullPage: true });

    // A real click on the node, where cytoscape drew it (positions relative to the canvas).
    const positions = JSON.parse((await canvas.getAttribute('data-node-positions'))!) as Record<string, { x: number; y: number }>;
    expect(Object.keys(positions)).toHaveLength(23);
    const node = positions[CO_PROGRAMMAZIONE]!;
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    expect(node.x).toBeGreaterThan(0);
    expect(node.x).toBeLessThan(box.width);
    expect(node.y).toBeGreaterThan(0);
    expect(node.y).toBeLessThan(box.height);
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await page.waitForURL(`**/strumenti/${CO_PROGRAMMAZIONE}`);
    await page.getByRole('heading', { level: 1, name: 'Co-programmazione' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Base giuridica' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Co-progettazione' }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('guided choice: an ODV paid back its costs gets the art. 56 convenzione, and the reserved contract is excluded with its reasons', async () => {
    const { app, browser } = suite;
    const page = await (await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${app.baseUrl}/strumenti/scelta-guidata`);
    await page.getByRole('heading', { level: 1, name: 'Scelta guidata dello strumento' }).waitFor();
    const suggested = page.getByTestId('strumenti-suggeriti');
    await suggested.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await tick(page.getByRole('group', { name: /Chi è la controparte\?/ }), /organizzazione di volontariato \(ODV\)/);
    await tick(page.getByRole('group', { name: /prezzo, un rimborso delle spese o un contributo/ }), /^Solo il rimborso delle spese/);
    const url = new URL(page.url());
    expect(url.searchParams.get('counterpart')).toBe('ODV');
    expect(url.searchParams.get('money')).toBe('COST_REIMBURSEMENT');

    const excluded = page.getByTestId('strumenti-esclusi').locator(`li[data-instrument="${APPALTO_RISERVATO}"]`);
    await excluded.waitFor();
    await expect.poll(() => suggested.locator('li[data-instrument]').first().getAttribute('data-instrument')).toBe(CONVENZIONI_ODV_APS);
    const first = await suggested.locator('li[data-instrument]').first().innerText();
    expect(first).toContain('Convenzioni con organizzazioni di volontariato e associazioni di promozione sociale');
    expect(first).toContain('Perché');
    const reasons = await excluded.innerText();
    expect(reasons).toContain('Escluso perché');
    expect(reasons).toMatch(/non è ammessa/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'strumenti-scelta-guidata.png'), fullPage: true });

    // The answers are in the URL: a reload gives the same verdict.
    await page.reload();
    await page.getByTestId('strumenti-esclusi').locator(`li[data-instrument="${APPALTO_RISERVATO}"]`).waitFor();
    await page.close();
  });
});
