import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('a new planning year in the browser', () => {
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

  it('previews the rollover, creates the year and refuses to do it twice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/organisationer`);
    await page.getByRole('link', { name: 'Nytt planeringsår från 2026' }).click();
    await page.getByRole('heading', { name: 'Nytt planeringsår', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Visa vad som förs över' }).click();
    await page.getByRole('heading', { name: 'Förs över till 2027' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'rollover-preview'), []);
    await page.getByRole('button', { name: 'Skapa 2027 från 2026' }).click();
    await page.getByRole('heading', { name: '2027 är skapat' }).waitFor();
    await page.getByRole('button', { name: 'Skapa 2027 från 2026' }).click();
    await page.getByRole('alert').filter({ hasText: 'År 2027 har redan mål' }).waitFor();
    await context.close();
  });

  it('reads in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025/nytt-ar`);
    await page.getByRole('heading', { name: 'New planning year' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'rollover-en'), []);
    await context.close();
  });
});
