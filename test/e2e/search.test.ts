import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('search in the browser', () => {
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

  it('finds a goal by another form of a word and opens it in the editor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026`);
    const box = page.getByRole('search').getByRole('searchbox', { name: /Sök i 2026/ });
    await box.fill('brukaren');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Sökresultat för ”brukaren” i 2026' }).waitFor();
    await page.getByRole('status').filter({ hasText: /träff/ }).waitFor();
    const goals = page.getByRole('region', { name: 'Mål' });
    const first = goals.getByRole('link').first();
    await first.waitFor();
    assert.ok((await goals.locator('mark').count()) > 0, 'the found words are marked');
    assert.deepEqual(await checkBothWidths(page, 'search'), []);
    const href = (await first.getAttribute('href')) ?? '';
    assert.match(href, /\/plan#mal-/);
    await first.click();
    await page.waitForURL(/\/plan#mal-/);
    await context.close();
  });

  it('says so when nothing is found, in English too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/sok?q=helikopterplatta`);
    await page.getByRole('heading', { name: 'Search results for “helikopterplatta” in 2026' }).waitFor();
    await page.getByRole('status').filter({ hasText: '0 results.' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'search-en'), []);
    await context.close();
  });
});
