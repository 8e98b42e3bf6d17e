import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, logIn, seriousViolations } from '../support/browser';

describe('spaces in Chromium', () => {
  const suite = browserSuite();

  it('the coordinator creates a working group, invites the ETS representative, who sees it; the activity tab shows the join live', async () => {
    const { app, browser } = suite;
    const coordinator = await logIn(browser, app.baseUrl, 'coordinatrice@condivisa.example', 'Carla Coordinatrice (demo)');
    await coordinator.getByRole('link', { name: 'I miei tavoli' }).first().click();
    await coordinator.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);
    await coordinator.getByRole('link', { name: 'Tavolo di sviluppo del welfare locale' }).first().click();
    await coordinator.getByRole('heading', { level: 1, name: 'Tavolo di sviluppo del welfare locale' }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);

    await coordinator.getByRole('link', { name: 'Nuovo gruppo di lavoro' }).click();
    await coordinator.getByLabel('Nome', { exact: true }).fill('Gruppo mappa degli strumenti PA-ETS');
    await coordinator.getByRole('button', { name: 'Crea' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Gruppo mappa degli strumenti PA-ETS' }).waitFor();
    const groupPath = new URL(coordinator.url()).pathname;
    expect(groupPath).toMatch(/^\/spazi\/gruppo-mappa-degli-strumenti-pa-ets-[0-9a-f]{6}$/);

    // The activity tab, open before the invitation, must show the join without a reload.
    const activityTab = await (await coordinator.context()).newPage();
    await activityTab.goto(`${app.baseUrl}${groupPath}/attivita`);
    const feed = activityTab.getByLabel('Attività dello spazio');
    await feed.waitFor();
    await activityTab.waitForTimeout(500); // let the subscription register
    expect(await seriousViolations(activityTab)).toEqual([]);

    await coordinator.getByRole('link', { name: 'Membri' }).first().click();
    await coordinator.getByLabel('Cerca una persona').fill('Enrico');
    await coordinator.getByRole('button', { name: /Enrico Terzosettore \(demo\)/ }).first().click();
    await coordinator.getByLabel('Ente rappresentato').selectOption({ label: 'Cooperativa Sociale Il Ponte (demo)' });
    await coordinator.getByLabel('Ruolo').selectOption('MEMBER');
    await coordinator.getByRole('button', { name: 'Invita' }).click();
    await coordinator.getByRole('cell', { name: 'Enrico Terzosettore (demo)' }).first().waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: join(ARTIFACTS, 'space-members.png'), fullPage: true });

    await feed.getByText('Enrico Terzosettore (demo)').first().waitFor({ timeout: 10_000 });
    expect(await feed.innerText()).toMatch(/ha invitato Enrico Terzosettore \(demo\) come membro/);
    await activityTab.screenshot({ path: join(ARTIFACTS, 'space-activity.png'), fullPage: true });

    const ets = await logIn(browser, app.baseUrl, 'ets@condivisa.example', 'Enrico Terzosettore (demo)');
    await ets.getByRole('link', { name: 'I miei tavoli' }).first().click();
    await ets.getByRole('link', { name: 'Gruppo mappa degli strumenti PA-ETS' }).waitFor();
    await ets.screenshot({ path: join(ARTIFACTS, 'my-spaces.png'), fullPage: true });
    expect(await seriousViolations(ets)).toEqual([]);

    // The directory filters by kind and keeps the filter in the URL: 3 organismi of the Prologo,
    // the Collegio, its joint session with the Assemblee presidents, the technical structure, 3 Conferenze.
    await coordinator.goto(`${app.baseUrl}/spazi`);
    await coordinator.getByLabel('Tipo', { exact: true }).selectOption('ORGANISMO');
    await expect.poll(() => coordinator.getByTestId('conteggio-spazi').innerText()).toBe('9 spazi trovati');
    expect(new URL(coordinator.url()).searchParams.get('tipo')).toBe('ORGANISMO');
    expect(await seriousViolations(coordinator)).toEqual([]);
    await coordinator.goto(`${app.baseUrl}${groupPath}`);

    // The coordinator archives the group: from then on it is read-only.
    await coordinator.getByRole('link', { name: 'Panoramica' }).first().click();
    await coordinator.getByRole('button', { name: 'Archivia', exact: true }).click();
    await coordinator.getByRole('button', { name: "Conferma l'archiviazione" }).click();
    await coordinator.getByText('Spazio archiviato: si può solo consultare').first().waitFor();
    expect(await coordinator.getByRole('link', { name: 'Nuovo gruppo di lavoro' }).count()).toBe(0);
    expect(await seriousViolations(coordinator)).toEqual([]);
  });
});
