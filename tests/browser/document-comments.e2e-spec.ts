import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/app-process';
import { ARTIFACTS, browserSuite, logIn, seriousViolations } from '../support/browser';

const CASA = 'tavolo-provinciale-casa';
const SENTENCE = 'Il Comune mette a disposizione gli alloggi.';
const QUESTION = 'Quanti alloggi sono disponibili nel 2026?';
const ANSWER = 'Quaranta: ne parliamo al prossimo incontro.';
const SITE = 'https://www.comune.bergamo.it';

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Testo del documento' });
const panelOf = (page: Page) => page.getByRole('region', { name: 'Commenti' });
const openThreadsOf = (page: Page) => panelOf(page).getByRole('list', { name: 'Discussioni aperte' });

/** The editor's text, without the others' carets (their name labels sit inside the text). */
async function textOf(page: Page): Promise<string> {
  return editorOf(page).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/** Double-clicks a word of the editor, as a reader selects it with the mouse. */
async function doubleClickWord(page: Page, word: string): Promise<void> {
  const box = await editorOf(page).evaluate((editor, wanted) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not in the editor`);
  await page.mouse.dblclick(box.x, box.y);
}

/** The text of each highlighted passage in the page's editor. */
async function highlighted(page: Page): Promise<string[]> {
  return editorOf(page).locator('.comment-anchor').allInnerTexts();
}

describe('comments on a passage, live between two browsers', () => {
  const suite = browserSuite();

  it('the ETS representative comments on a word; the technician sees it live, writes before it, answers; the thread is resolved', async () => {
    const { app, browser } = suite;
    const tecnico = await logIn(browser, app.baseUrl, 'tecnico@condivisa.example', 'Tina Tecnica (demo)');
    await tecnico.goto(`${app.baseUrl}/spazi/${CASA}/bozze`);
    await tecnico.getByLabel('Titolo', { exact: true }).fill('Proposta sugli alloggi condivisi');
    await tecnico.getByRole('button', { name: 'Crea bozza' }).click();
    await tecnico.waitForURL(/\/documenti\/[0-9a-f-]{36}$/);
    const documentPath = new URL(tecnico.url()).pathname;
    await tecnico.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(tecnico).click();
    await tecnico.keyboard.type(SENTENCE);

    const ets = await logIn(browser, app.baseUrl, 'ets@condivisa.example', 'Enrico Terzosettore (demo)');
    await ets.goto(`${app.baseUrl}${documentPath}`);
    await ets.getByRole('status').getByText('Connesso').waitFor();
    await editorOf(ets).getByText(SENTENCE).waitFor();
    const commentButton = panelOf(ets).getByRole('button', { name: 'Commenta il testo selezionato' });
    expect(await commentButton.isDisabled()).toBe(true);

    // "alloggi", selected with the keyboard from the end of the sentence (before the full stop).
    await editorOf(ets).click();
    await ets.keyboard.press('Control+End');
    await ets.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'alloggi'.length; i++) await ets.keyboard.press('Shift+ArrowLeft');
    await commentButton.click();
    const form = panelOf(ets).getByRole('form', { name: 'Nuovo commento' });
    expect(await form.locator('blockquote').innerText()).toBe('alloggi');
    await form.getByLabel('Commento').fill(QUESTION);
    expect(await seriousViolations(ets)).toEqual([]);
    await panelOf(ets).screenshot({ path: join(ARTIFACTS, 'document-comments-form.png') });
    await form.getByRole('button', { name: 'Pubblica commento' }).click();
    await panelOf(ets).getByRole('status').getByText('Commento pubblicato.').waitFor();
    await openThreadsOf(ets).getByText(QUESTION).waitFor();
    await expect.poll(() => highlighted(ets)).toEqual(['alloggi']);

    // The technician's page has not been reloaded: the thread and the highlight arrive live.
    const thread = openThreadsOf(tecnico).getByRole('article');
    await thread.getByText(QUESTION).waitFor();
    await expect.poll(() => highlighted(tecnico)).toEqual(['alloggi']);
    expect(await thread.getByRole('heading').innerText()).toContain('«alloggi»');

    // Text typed at the start of the paragraph stays outside the passage, in both browsers.
    await editorOf(tecnico).click();
    await tecnico.keyboard.press('Control+Home');
    await tecnico.keyboard.type('Premessa: ');
    await expect.poll(() => textOf(ets)).toBe(`Premessa: ${SENTENCE}`);
    expect(await textOf(tecnico)).toBe(`Premessa: ${SENTENCE}`);
    await expect.poll(() => highlighted(tecnico)).toEqual(['alloggi']);
    await expect.poll(() => highlighted(ets)).toEqual(['alloggi']);

    // "Vai al passaggio" selects the passage in the editor and marks the thread as the active one.
    await thread.getByRole('button', { name: 'Vai al passaggio' }).click();
    await editorOf(tecnico).locator('.comment-anchor-active').waitFor();
    await expect.poll(() => tecnico.evaluate(() => window.getSelection()?.toString())).toBe('alloggi');
    await tecnico.screenshot({ path: join(ARTIFACTS, 'document-comments-open.png') });

    // The technician answers; the ETS representative reads the answer without reloading.
    await thread.getByLabel('Risposta').fill(ANSWER);
    await thread.getByRole('button', { name: 'Rispondi' }).click();
    await thread.getByText(ANSWER).waitFor();
    const etsThread = openThreadsOf(ets).getByRole('article');
    await etsThread.getByText(ANSWER).waitFor();
    expect(await etsThread.getByText('Tina Tecnica (demo)').count()).toBeGreaterThan(0);

    // The ETS representative opened the thread, so may resolve it: it leaves the open list and the text.
    const threadId = await etsThread.getAttribute('data-thread-id');
    await etsThread.getByRole('button', { name: 'Risolvi' }).click();
    await panelOf(ets).getByText('Nessuna discussione aperta.').waitFor();
    await expect.poll(() => highlighted(ets)).toEqual([]);
    await panelOf(tecnico).getByText('Nessuna discussione aperta.').waitFor();
    await expect.poll(() => highlighted(tecnico)).toEqual([]);
    // The thread left the list with the focus on it: the focus goes to the toggle that shows it again.
    const toggle = panelOf(ets).getByRole('button', { name: 'Mostra discussioni risolte (1)' });
    await expect.poll(() => toggle.evaluate((button) => button === document.activeElement)).toBe(true);
    await toggle.click();
    const resolved = panelOf(ets).getByRole('list', { name: 'Discussioni risolte' });
    await resolved.getByText(QUESTION).waitFor();
    await resolved.getByRole('button', { name: 'Riapri' }).waitFor();
    expect(await seriousViolations(ets)).toEqual([]);
    await ets.screenshot({ path: join(ARTIFACTS, 'document-comments-ets.png'), fullPage: true });

    // The link of a reply notification opens the page with that thread shown, even when resolved.
    await ets.goto(`${app.baseUrl}${documentPath}?discussione=${threadId}`);
    const linked = panelOf(ets).getByRole('list', { name: 'Discussioni risolte' }).getByRole('article');
    await linked.getByText(ANSWER).waitFor();
    expect(await linked.getAttribute('aria-current')).toBe('true');
    await ets.getByRole('status').getByText('Connesso').waitFor();

    // A link through the toolbar: an unsafe address is refused, a web address reaches the other editor.
    await editorOf(tecnico).click();
    await tecnico.keyboard.press('Control+Home');
    for (let i = 0; i < 'Premessa'.length; i++) await tecnico.keyboard.press('Shift+ArrowRight');
    await tecnico.getByRole('button', { name: 'Collegamento', exact: true }).click();
    const address = tecnico.getByLabel('Indirizzo del collegamento');
    await address.fill('javascript:alert(1)');
    await tecnico.getByRole('button', { name: 'Applica' }).click();
    await tecnico.getByText('Sono ammessi solo indirizzi web (http:// o https://) e di posta elettronica (mailto:).').waitFor();
    await address.fill(SITE);
    await tecnico.getByRole('button', { name: 'Applica' }).click();
    const link = editorOf(ets).locator(`a[href="${SITE}"]`);
    await link.waitFor();
    expect(await link.innerText()).toBe('Premessa');
    expect(await tecnico.getByRole('button', { name: 'Collegamento', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // The export, through the page's own link, when the API offers it.
    const docxUrl = `${app.baseUrl}/export/documents/${documentPath.split('/').pop()}.docx`;
    const probe = await tecnico.request.get(docxUrl);
    if (probe.ok() && (probe.headers()['content-type'] ?? '').includes('officedocument')) {
      const [download] = await Promise.all([tecnico.waitForEvent('download'), tecnico.getByRole('link', { name: 'Scarica DOCX' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const saved = join(ARTIFACTS, 'document-comments.docx');
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    }

    // An observer cannot change the text but comments on it; closing the others' threads is not theirs.
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
    await editorOf(sindaco).getByText('Comune', { exact: false }).waitFor();
    await doubleClickWord(sindaco, 'Comune');
    await panelOf(sindaco).getByRole('button', { name: 'Commenta il testo selezionato' }).click();
    const observerForm = panelOf(sindaco).getByRole('form', { name: 'Nuovo commento' });
    expect(await observerForm.locator('blockquote').innerText()).toBe('Comune');
    await observerForm.getByLabel('Commento').fill('Quale ufficio del Comune segue le assegnazioni?');
    await observerForm.getByRole('button', { name: 'Pubblica commento' }).click();
    await openThreadsOf(tecnico).getByText('Quale ufficio del Comune segue le assegnazioni?').waitFor();
    await expect.poll(() => highlighted(tecnico)).toEqual(['Comune']);
    const observerThread = openThreadsOf(sindaco).getByRole('article');
    await observerThread.getByRole('button', { name: 'Risolvi' }).waitFor();
    await panelOf(sindaco).getByRole('button', { name: 'Mostra discussioni risolte (1)' }).click();
    const othersThread = panelOf(sindaco).getByRole('list', { name: 'Discussioni risolte' }).getByRole('article');
    await othersThread.getByText(QUESTION).waitFor();
    expect(await othersThread.getByRole('button', { name: 'Riapri' }).count()).toBe(0);
    expect(await seriousViolations(sindaco)).toEqual([]);

    // A saved version, opened read-only, shows the formatted text (the link included).
    await tecnico.getByLabel('Nome della versione').fill('Con il collegamento');
    await tecnico.getByRole('button', { name: 'Salva versione' }).click();
    await tecnico.getByText('Versione 1 salvata').waitFor();
    await tecnico.getByRole('button', { name: 'Apri in sola lettura' }).click();
    const version = tecnico.getByRole('article', { name: 'Versione 1 – Con il collegamento (sola lettura)' });
    await version.locator(`a[href="${SITE}"]`).waitFor();
    await version.screenshot({ path: join(ARTIFACTS, 'document-version-read-only.png') });
    expect(await version.innerText()).toContain(`Premessa: ${SENTENCE}`);
    expect(await seriousViolations(tecnico)).toEqual([]);
    await tecnico.screenshot({ path: join(ARTIFACTS, 'document-comments-tecnico.png'), fullPage: true });
    await version.getByRole('button', { name: 'Chiudi la versione' }).click();
    expect(await version.count()).toBe(0);
  });
});
