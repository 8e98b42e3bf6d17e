import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { ScratchDatabase } from '@condivisa/db';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase, startAppProcess, type AppProcess } from './app-process';
import { freePort } from './database.global-setup';

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

/** Where browser tests leave screenshots (git-ignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../browser/artifacts');

export interface BrowserSuite {
  app: AppProcess;
  browser: Browser;
}

/**
 * Registers the setup every browser test file shares: the built app on a fresh database and one
 * Chromium. Use the returned object inside tests (its fields are filled in by beforeAll).
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  let db: ScratchDatabase | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await freshDatabase();
    suite.app = await startAppProcess({ DATABASE_URL: db.url, PORT: String(await freePort()) });
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
    await db?.drop();
  });
  return suite;
}
