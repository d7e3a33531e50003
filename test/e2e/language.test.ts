import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { SECTION_SUGGESTIONS } from '../../src/web/lib/section-suggestions.ts';
import { openTestDatabase } from '../helpers/db.ts';
import { findSwedishLeftovers, recordApiData } from '../helpers/swedish-leftovers.ts';
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

  it('shows the main pages in English with no Swedish left in the UI, passing axe at 1280 and 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    const data = recordApiData(page);
    // Recommended section headings become the document's headings, so they stay in its language.
    for (const heading of [...SECTION_SUGGESTIONS.intro(2025), ...SECTION_SUGGESTIONS.other()])
      data.add(heading);
    const leftovers: string[] = [];
    const violations: string[] = [];
    const check = async (name: string) => {
      await page.waitForLoadState('networkidle');
      leftovers.push(...(await findSwedishLeftovers(page, data)).map((text) => `${name}: ${text}`));
      violations.push(...(await checkBothWidths(page, `english-${name}`)).map((v) => `${name}: ${v}`));
    };

    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('heading', { level: 1, name: 'Planning 2025' }).waitFor();
    await check('start');

    await page
      .getByRole('navigation', { name: 'Organisations' })
      .getByRole('link', { name: /Norrviks hemtjänst/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Operational plan 2025' }).waitFor();
    await page.getByText('Last changed', { exact: true }).waitFor();
    await check('organisation');

    await page.getByRole('link', { name: 'Open the operational plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Operational plan 2025/ }).waitFor();
    await page.getByRole('heading', { name: 'About the plan' }).waitFor();
    await page.getByRole('heading', { name: 'Financial report' }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).waitFor();
    await page.getByRole('link', { name: 'Download PDF' }).waitFor();
    await page.getByRole('button', { name: 'Add section' }).first().waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Det här saknas' }).count(), 0);
    await check('plan-editor');

    const unitId = new URL(page.url()).pathname.split('/')[4];
    await page.goto(`${server.url}/ar/2026/org/${unitId}/uppfoljning/T1`);
    const start = page.getByRole('button', { name: 'Start Tertial report 1 2026' });
    const heading = page.getByRole('heading', { level: 1, name: /^Tertial report 1 2026/ });
    await Promise.race([start.waitFor(), heading.waitFor()]);
    if (await start.isVisible()) await start.click();
    await heading.waitFor();
    await check('tertial-report');

    await page.goto(`${server.url}/ar/2025/import`);
    await page.getByRole('heading', { level: 1, name: 'Import operational plans' }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).waitFor();
    await check('import');

    await page.goto(`${server.url}/ar/2025/organisationer`);
    await page.getByRole('heading', { level: 1, name: 'Organisation register 2025' }).waitFor();
    await check('register');

    assert.deepEqual(leftovers, [], 'Swedish text on English pages');
    assert.deepEqual(violations, [], 'axe');
    await context.close();
  });

  it('opens in Swedish for a Swedish browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Importera planer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    // The leftover check sees Swedish UI text, so its empty answer on the English pages means something.
    assert.ok((await findSwedishLeftovers(page, new Set())).length > 0);
    await context.close();
  });
});
