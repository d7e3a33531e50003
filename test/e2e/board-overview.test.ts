import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('board and city overview in the browser', () => {
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

  it("shows a board's units' plans and the unit goals answering its goals", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026`);
    await page.getByRole('link', { name: 'Norrviks stadsdelsnämnd' }).first().click();
    await page.getByRole('link', { name: 'Översikt över enheternas planer' }).click();
    await page.getByRole('heading', { name: 'Översikt 2026: Norrviks stadsdelsnämnd' }).waitFor();
    const units = page.getByRole('table', { name: 'Enheternas planer' });
    await units.getByRole('rowheader', { name: 'Norrviks hemtjänst' }).waitFor();
    assert.ok((await units.getByRole('row').count()) >= 4);
    await page.getByRole('heading', { name: 'Nämndmålen och enheternas svar' }).waitFor();
    await page.getByRole('link', { name: 'Norrviks hemtjänst' }).nth(1).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'board-overview'), []);
    await context.close();
  });

  it('shows every board at the city level, in English too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026`);
    await page.getByRole('link', { name: /Sjöviks kommun\s*Municipality/ }).click();
    await page.getByRole('link', { name: 'Overview of all boards' }).click();
    await page.getByRole('heading', { name: 'Overview 2026: Sjöviks kommun' }).waitFor();
    await page.getByText(/Söderåsens stadsdelsnämnd –/).click();
    await page.getByRole('table', { name: "The units' plans" }).first().waitFor();
    assert.deepEqual(await checkBothWidths(page, 'city-overview-en'), []);
    await context.close();
  });
});
