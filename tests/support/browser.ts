import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Condivisa-Demo-2025!';

/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download browsers here).
 * Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Serious and critical axe violations (WCAG 2.1 A/AA), as "rule: target" lines for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** A fresh browser context logged in through the login page; waits for the name in the header. */
export async function logIn(browser: Browser, baseUrl: string, email: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
  await page.goto(`${baseUrl}/accedi`);
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByRole('banner').getByText(name).first().waitFor();
  return page;
}
