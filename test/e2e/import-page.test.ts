import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { importFixtures } from '../helpers/import.ts';
import { findAxeViolations, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const files = ['plan-2022-two-plans.txt', 'plan-2020-split-labels.txt'].map((f) => join(importFixtures, f));

describe('import page', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function openImportPage() {
    await page.goto(`${server.url}/ar/2022/import`);
    await page.getByRole('heading', { name: 'Importera verksamhetsplaner' }).waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('previews uploaded plans, imports them on confirmation and links to the plans', async () => {
    await openImportPage();
    assert.deepEqual(await findAxeViolations(page), [], 'axe-överträdelser på importsidan');
    await page.getByLabel('Filer att importera').setInputFiles(files);
    await page.getByRole('list', { name: 'Valda filer' }).getByRole('listitem').nth(1).waitFor();
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = page.getByRole('region', { name: '2. Det här kommer att hända' });
    await preview.getByRole('heading', { name: 'Enheten för daglig sysselsättning 2022' }).waitFor();
    assert.equal(await preview.getByRole('table').count(), 3);
    assert.deepEqual(await findAxeViolations(page), [], 'axe-överträdelser i förhandsgranskningen');
    await page.getByRole('button', { name: 'Importera 3 planer' }).click();
    await page.getByRole('status').filter({ hasText: '3 av 3 planer importerades' }).waitFor();
    const link = page.getByRole('link', { name: 'Öppna planen' }).first();
    assert.match((await link.getAttribute('href')) ?? '', /^\/ar\/2022\/org\/[0-9a-f-]+\/plan$/);
  });

  it('shows the server message when a file cannot be imported', async () => {
    await openImportPage();
    await page.getByLabel('Filer att importera').setInputFiles({
      name: 'tom.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(''),
    });
    await page.getByRole('list', { name: 'Valda filer' }).getByText('tom.txt').waitFor();
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('alert').filter({ hasText: 'Filen "tom.txt" är tom' }).waitFor();
  });

  it('lets the drop zone open the file chooser from the keyboard', async () => {
    await openImportPage();
    const zone = page.getByRole('button', { name: /Släpp filerna här/ });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), zone.press('Enter')]);
    assert.equal(chooser.isMultiple(), true);
  });
});
