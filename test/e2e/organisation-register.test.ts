import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const HEADER = 'Organisationskod;Namn;Typ;Överordnad kod;Gäller från;Gäller till';
const csvFile = (name: string, ...rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`),
});

describe('the organisation register in the browser', () => {
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

  it('downloads the register, previews an upload with its errors and applies a good one', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/organisationer`);
    await page.getByRole('heading', { name: 'Organisationsregister 2026' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hämta som CSV (Excel)' }).click(),
    ]);
    const exported = readFileSync(await download.path());
    assert.match(exported.toString('utf8'), /^\uFEFFOrganisationskod;Namn;Typ;Överordnad kod/);

    const input = page.getByLabel('Fil att läsa in (CSV eller XLSX)');
    await input.setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: exported });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('Filen stämmer med registret; det finns inget att ändra.').waitFor();

    await input.setInputFiles(
      csvFile(
        'fel.csv',
        'K1;Kulturhuset;Enhet;OKÄND;;',
        'K2;Musikskolan;Enhet;Norrviks stadsdelsnämnd;2026-02-30;',
      ),
    );
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const errors = page.getByRole('table', { name: 'Fel i filen – inget har sparats' });
    await errors.getByRole('cell', { name: /ingen organisation med koden OKÄND/ }).waitFor();
    await errors.getByRole('cell', { name: /”2026-02-30” är inget datum/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Läs in ändringarna' }).count(), 0);
    assert.deepEqual(await checkBothWidths(page, 'register-file-errors'), []);

    await input.setInputFiles(csvFile('ny.csv', 'K3;Kulturhuset;Enhet;Norrviks stadsdelsnämnd;2026-01-01;'));
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('1 rader: 1 nya, 0 ändrade, 0 oförändrade.').waitFor();
    await page.getByRole('button', { name: 'Läs in ändringarna' }).click();
    await page.getByRole('status').filter({ hasText: 'Registret är inläst.' }).waitFor();
    await page.getByRole('rowheader', { name: 'Kulturhuset' }).waitFor();
    await context.close();
  });

  it('moves and closes a unit in the form, and the earlier year keeps it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/organisationer`);
    await page.getByRole('button', { name: 'Ändra Kulturhuset' }).click();
    const edit = page.getByRole('form', { name: 'Ändra Kulturhuset' });
    await edit.getByLabel('Ligger under').selectOption({ label: 'Söderåsens stadsdelsnämnd' });
    await edit.getByLabel('Flytten gäller från').fill('2026-07-01');
    await edit.getByLabel('Gäller till (stänger organisationen)').fill('2026-12-31');
    await edit.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('status').filter({ hasText: 'Kulturhuset är sparad.' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kulturhuset' }) });
    await row
      .getByRole('cell', { name: '31 dec. 2026' })
      .or(row.getByRole('cell', { name: /2026-12-31/ }))
      .waitFor();
    await page.goto(`${server.url}/ar/2027/organisationer`);
    await page.getByRole('heading', { name: 'Organisationsregister 2027' }).waitFor();
    assert.equal(await page.getByRole('rowheader', { name: 'Kulturhuset' }).count(), 0);
    await context.close();
  });

  it('reads in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/organisationer`);
    await page.getByRole('heading', { name: 'Read or download the register as a file' }).waitFor();
    await page.getByLabel('File to read (CSV or XLSX)').setInputFiles(csvFile('x.csv', ';;;;;'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What the file will do' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'register-en'), []);
    await context.close();
  });
});
