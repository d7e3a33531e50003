import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('rollover choices, target proposals and the comparison in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('changes one goal and drops another, then compares the years', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/nytt-ar`);
    await page.getByRole('heading', { name: 'Vad händer med varje mål' }).waitFor();
    const group = page.locator('details').filter({ hasText: 'Norrviks hemtjänst' }).first();
    await group.locator('summary').click();
    const choices = group.getByRole('combobox');
    assert.ok((await choices.count()) >= 2);
    const changedLabel = (await group.locator('li label').first().textContent()) ?? '';
    await choices.nth(0).selectOption('change');
    await group.getByLabel(/^Ny lydelse för/).fill('Ett omformulerat mål för 2027');
    await choices.nth(1).selectOption('drop');
    await page.getByRole('button', { name: 'Visa vad som förs över' }).click();
    await page.getByText(/1 mål med ny lydelse, 1 mål förs inte över/).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'rollover-choices'), []);
    await page.getByRole('button', { name: 'Skapa 2027 från 2026' }).click();
    await page.getByRole('heading', { name: '2027 är skapat' }).waitFor();

    await page.goto(`${server.url}/ar/2027`);
    await page.getByRole('link', { name: 'Norrviks hemtjänst' }).first().click();
    await page.getByRole('link', { name: 'Jämför med 2026' }).click();
    await page.getByRole('heading', { name: /Norrviks hemtjänst: 2027 bredvid året innan/ }).waitFor();
    const goals = page.getByRole('table', { name: 'Mål' });
    await goals.getByRole('cell', { name: 'Ett omformulerat mål för 2027' }).waitFor();
    await goals.getByRole('cell', { name: 'Inte med i år' }).waitFor();
    assert.ok(changedLabel.length > 0);
    assert.deepEqual(await checkBothWidths(page, 'plan-comparison'), []);

    // Last year's targets came along as proposals: the editor asks for each to be confirmed.
    await page.getByRole('link', { name: 'Öppna verksamhetsplanen 2027' }).click();
    const confirm = page.getByRole('button', { name: /^Bekräfta / });
    await confirm.first().waitFor();
    const before = await confirm.count();
    await page
      .getByText(/är fört från förra året/)
      .first()
      .waitFor();
    assert.deepEqual(await checkBothWidths(page, 'target-proposal', confirm.first()), []);
    await confirm.first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.target-proposal').length < n, before);
    await context.close();
  });

  it('reads the comparison in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/nytt-ar`);
    await page.getByRole('heading', { name: 'What happens to each goal' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'rollover-choices-en'), []);
    await context.close();
  });
});
