import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, seriousViolations } from '../support/browser';

describe('web shell in Chromium', () => {
  const suite = browserSuite();

  it('the demo coordinator logs in and sees the 14 Ambiti and 242 municipalities; the pages pass axe', async () => {
    const { app, browser } = suite;
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await page.goto(`${app.baseUrl}/accedi`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'login.png'), fullPage: true });

    await page.getByLabel('Indirizzo e-mail').fill('coordinatrice@condivisa.example');
    await page.getByLabel('Password', { exact: true }).fill('Condivisa-Demo-2025!');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('banner').getByText('Carla Coordinatrice (demo)').first().waitFor();

    await page.getByRole('link', { name: 'Territorio' }).first().click();
    const table = page.getByRole('table', { name: 'Ambiti territoriali' });
    await table.waitFor();
    expect(new URL(page.url()).pathname).toBe('/territorio');
    expect(await table.locator('tbody tr').count()).toBe(14);
    const totals = await table.locator('tfoot').innerText();
    expect(totals).toContain('242');
    expect(totals).toContain('120.000,01');
    expect(await page.getByText('120.000,00', { exact: false }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'territorio.png'), fullPage: true });

    // A real URL: reloading keeps the page and the session.
    await page.reload();
    await page.getByRole('table', { name: 'Ambiti territoriali' }).waitFor();
    expect(await page.getByRole('table', { name: 'Ambiti territoriali' }).locator('tbody tr').count()).toBe(14);
    await page.getByRole('banner').getByText('Carla Coordinatrice (demo)').first().waitFor();
    await page.close();
  });

  it('the organisations page filters ETS from PA, keeps the filter in the URL and passes axe', async () => {
    const { app, browser } = suite;
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await page.goto(`${app.baseUrl}/enti`);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(60);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Settore').selectOption('ETS');
    await expect.poll(() => rows.count()).toBe(9);
    expect(new URL(page.url()).searchParams.get('settore')).toBe('ETS');
    const text = await page.locator('table tbody').innerText();
    expect(text).toContain('Cooperativa Sociale Il Ponte (demo)');
    expect(text).not.toContain('ATS Bergamo');
    await page.screenshot({ path: join(ARTIFACTS, 'enti-ets.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => rows.count()).toBe(9);
    await page.getByLabel('Settore').selectOption('PA');
    await expect.poll(() => rows.count()).toBe(46);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
