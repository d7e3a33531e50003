import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('the UI language', () => {
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

  it('follows an English browser, switches to Swedish on request and remembers the choice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Import plans' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await checkBothWidths(page, 'language-en'), []);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await page.getByRole('link', { name: 'Importera planer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');

    await page.reload();
    await page.getByRole('link', { name: 'Importera planer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await context.close();
  });

  it('opens in Swedish for a Swedish browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Importera planer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await context.close();
  });
});
