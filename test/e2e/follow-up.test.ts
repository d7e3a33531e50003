import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import {
  checkBothWidths,
  launchBrowser,
  runAxeRule,
  startWebServer,
  type WebServer,
} from '../helpers/web-server.ts';

const database = await openTestDatabase();

const UNIT = 'Norrviks hemtjänst';
const BOARD = 'Norrviks stadsdelsnämnd';
const YEAR = 2026;

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor();
}

/** Fills in everything the report asks for, in document order, the way a unit head would. */
async function fillReport(page: Page) {
  for (const group of await page.getByRole('group', { name: 'Bedömning av målet' }).all()) {
    await group.getByRole('radio', { name: 'Delvis uppfyllt' }).check();
  }
  const analysis = page.getByRole('textbox', { name: 'Analys' }).first();
  await analysis.click();
  await page.keyboard.type('Fler omsorgstagare har fått samma personal; kvinnorna ligger efter.');
  for (const value of await page.getByRole('textbox', { name: 'Utfall', exact: true }).all()) {
    await value.fill('50');
    await value.press('Tab');
  }
  for (const status of await page.getByLabel(/^Status för /).all()) await status.selectOption('started');
  for (const forecast of await page.getByLabel(/^Prognos för /).all()) {
    await forecast.fill('100');
    await forecast.press('Tab');
  }
  for (const comment of await page.getByLabel(/^Kommentar till /).all()) {
    if (!(await comment.inputValue())) await comment.fill('Följer planen');
  }
  await waitUntilSaved(page);
}

describe('follow-up in the browser', () => {
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
    await browser?.close();
    await server?.close();
  });

  it('a demo unit fills in its T1 on one page until nothing is missing', async () => {
    await page.goto(`${server.url}/ar/${YEAR}`);
    await page.getByRole('navigation', { name: 'Organisationer' }).getByRole('link', { name: UNIT }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(UNIT) }).waitFor();
    await page.getByRole('link', { name: 'Fyll i Tertialrapport 1' }).click();
    const start = page.getByRole('button', { name: `Börja Tertialrapport 1 ${YEAR}` });
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^Tertialrapport 1 ${YEAR}`) });
    await Promise.race([start.waitFor(), heading.waitFor()]);
    if (await start.isVisible()) await start.click();
    await heading.waitFor();
    const missing = page.getByRole('heading', { name: 'Det här saknas innan rapporten kan skickas in' });
    await missing.waitFor();
    assert.deepEqual(await checkBothWidths(page, 'follow-up'), [], 'axe-överträdelser på uppföljningssidan');

    // Outcomes are shown against their targets in words, not by colour alone.
    assert.ok(
      (await page.getByText(/Målet nått|Under målet|Inget mätbart mål|Inget utfall ännu/).count()) > 0,
    );
    await fillReport(page);
    await page.reload();
    await page.getByText('Komplett', { exact: true }).waitFor();
    // The monthly forecasts, one per budget row and month of the tertial, kept like the rest.
    const months = page.getByRole('table', { name: /^Månadsprognoser för / }).first();
    for (const month of ['januari', 'februari', 'mars', 'april'])
      await months.getByRole('columnheader', { name: month }).waitFor();
    assert.equal(
      await months
        .getByLabel(/^Prognos för .* i april$/)
        .first()
        .inputValue(),
      '100',
    );
    assert.equal(
      await page
        .getByRole('group', { name: 'Bedömning av målet' })
        .first()
        .getByRole('radio', { name: 'Delvis uppfyllt' })
        .isChecked(),
      true,
    );

    // A correction is a new row in the outcome's history, which can be opened.
    const firstValue = page.getByRole('textbox', { name: 'Utfall', exact: true }).first();
    await firstValue.fill('55');
    await firstValue.press('Tab');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Visa historik' }).first().click();
    const history = page.getByRole('table', { name: /^Historik för / }).first();
    await history.getByRole('rowheader', { name: '2' }).waitFor();
  });

  it('a controller corrects one value by file: export, edit, preview, read in', async () => {
    await page.goto(`${server.url}/ar/${YEAR}/utfall/import`);
    await page.getByRole('heading', { level: 1, name: 'Läs in utfall från fil' }).waitFor();
    assert.deepEqual(
      await checkBothWidths(page, 'outcome-import'),
      [],
      'axe-överträdelser på uppladdningssidan',
    );
    const exported = await page.request.get(`${server.url}/api/v1/outcomes/export?year=${YEAR}&format=csv`);
    assert.equal(exported.status(), 200);
    const csv = (await exported.body()).toString('utf8');
    const lines = csv.split(/\r?\n/);
    const row = lines.findIndex((l) => l.startsWith(`${UNIT};`) && l.split(';')[6] === '55');
    assert.ok(row > 0, csv);
    const file = page.getByLabel('Fil med utfall (CSV eller XLSX)');
    const preview = page.getByRole('button', { name: 'Förhandsgranska' });
    await file.setInputFiles({ name: 'utfall.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await preview.click();
    await page.getByRole('heading', { name: 'Förhandsgranskning – inget är sparat ännu' }).waitFor();
    await page.getByText(/rader: 0 nya, 0 ändrade, \d+ oförändrade/).waitFor();

    const cells = lines[row]!.split(';');
    cells[6] = '60,5';
    lines[row] = cells.join(';');
    await file.setInputFiles({
      name: 'utfall.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n')),
    });
    await preview.click();
    await page.getByText(/rader: 0 nya, 1 ändrade/).waitFor();
    await page.getByRole('button', { name: 'Läs in utfallen' }).click();
    await page.getByRole('heading', { name: 'Utfallen är inlästa' }).waitFor();

    await file.setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Fel;Rubrik\n1;2\n'),
    });
    await preview.click();
    await page.getByRole('heading', { name: 'Fel i filen – inget har sparats' }).waitFor();
    assert.ok((await page.getByRole('table', { name: 'Rader med fel' }).getByRole('row').count()) > 1);
  });

  it('the unit sees the corrected value and submits its T1', async () => {
    await page.goto(`${server.url}/ar/${YEAR}`);
    await page.getByRole('navigation', { name: 'Organisationer' }).getByRole('link', { name: UNIT }).click();
    await page.getByRole('link', { name: 'Fyll i Tertialrapport 1' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Tertialrapport 1 ${YEAR}`) }).waitFor();
    await page.getByRole('textbox', { name: 'Utfall', exact: true }).first().waitFor();
    assert.ok(
      (
        await page
          .getByRole('textbox', { name: 'Utfall', exact: true })
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
      ).includes('60,5'),
    );
    await page.getByText('Komplett', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await page.getByText('Rapporten är inskickad och låst.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Utfall', exact: true }).first().isDisabled(), true);

    // Locked, the forecast inputs are disabled, yet the table's scroll region still takes the keyboard.
    await page.setViewportSize({ width: 375, height: 800 });
    const region = page.getByRole('region', { name: /^Månadsprognoser för / }).first();
    assert.equal(
      await region.evaluate((el) => el.scrollWidth > el.clientWidth),
      true,
      'the table scrolls sideways at 375 px',
    );
    assert.equal(await region.getByRole('textbox').first().isDisabled(), true);
    // From the economy section's first table, Tab moves through the scroll regions (the disabled inputs
    // inside them take no focus) until it reaches the forecasts.
    await page.locator('.fu-economy .table-scroll').first().focus();
    const focused = () => region.evaluate((el) => el === document.activeElement);
    for (let tabs = 0; tabs < 5 && !(await focused()); tabs++) await page.keyboard.press('Tab');
    assert.equal(
      await focused(),
      true,
      await page.evaluate(() => `Tab når inte tabellen: ${document.activeElement?.outerHTML.slice(0, 200)}`),
    );
    const axe = await runAxeRule(page, 'scrollable-region-focusable');
    assert.deepEqual(axe.violations, []);
    assert.ok(axe.passes.length > 0, 'the rule found the scroll regions to check');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('its board sees who has submitted, who is late, the units side by side and the roll-up', async () => {
    await page.goto(`${server.url}/ar/${YEAR}`);
    await page
      .getByRole('navigation', { name: `Uppföljning ${YEAR} – ${BOARD}` })
      .getByRole('link', { name: 'Granska enheterna, T1' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Granskning Tertialrapport 1 ${YEAR} – ${BOARD}` })
      .waitFor();
    const units = page.getByRole('table', { name: `Enheternas Tertialrapport 1 ${YEAR}` });
    const row = units.getByRole('row', { name: new RegExp(UNIT) });
    await row.getByText('Inskickad').waitFor();
    // The T1 deadline has passed, so units that have not submitted are shown as late, in words.
    assert.ok((await units.getByText('Ja, sen').count()) > 0);
    await page
      .getByRole('table', { name: 'Enheternas bedömning per mål' })
      .getByText('Delvis uppfyllt')
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: new RegExp(`^Indikatorernas värden för ${BOARD}`) })
      .getByText(/av \d+ enheter/)
      .first()
      .waitFor();
    // Each unit's own goals sit under the board goal they answer, with the unit's assessment beside them.
    const chain = page.getByRole('region', { name: 'Bedömningar nedåt i målkedjan' });
    const unitRow = chain
      .getByRole('row', { name: new RegExp(UNIT) })
      .filter({ has: page.getByRole('listitem') })
      .first();
    await unitRow.waitFor();
    assert.match(await unitRow.getByRole('listitem').first().innerText(), /: Delvis uppfyllt$/);
    assert.deepEqual(
      await checkBothWidths(page, 'board-review'),
      [],
      'axe-överträdelser på granskningssidan',
    );
  });

  it("the board's own T1 shows consolidated indicators as their roll-up, not as inputs", async () => {
    const review = page.url();
    await page.getByRole('link', { name: 'Öppna nämndens Tertialrapport 1' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Tertialrapport 1 ${YEAR}`) }).waitFor();
    // The board sets the deviation threshold its units' forecasts are held to; a word is refused in Swedish.
    const threshold = page.getByRole('textbox', { name: 'Gräns i tkr' });
    await threshold.fill('femhundra');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Skriv gränsen i tkr som ett tal' }).waitFor();
    await threshold.fill('1 500');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Gränsen är sparad: 1\s500 tkr/ })
      .waitFor();
    await page.reload();
    assert.match(await page.getByRole('textbox', { name: 'Gräns i tkr' }).inputValue(), /^1\s500$/);
    // The demo board's indicators are yearly, so they are due in the annual report: 2025's VB.
    await page.goto(
      page
        .url()
        .replace(`/ar/${YEAR}/`, `/ar/${YEAR - 1}/`)
        .replace(/\/T1$/, '/VB'),
    );
    await page.getByRole('heading', { level: 1, name: new RegExp(`${YEAR - 1}`) }).waitFor();
    const rollups = page.locator('.fu-rollup');
    await rollups
      .first()
      .getByText(/har rapporterat, \d+ saknas/)
      .first()
      .waitFor();
    assert.equal(
      await rollups.first().getByRole('textbox').count(),
      0,
      'a computed value has no input to type over',
    );
    assert.match(await rollups.first().innerText(), /Beräknas från enheternas värden/);
    // The unit's goals under the board goal they answer, linked to the unit's report.
    await page
      .getByRole('table', { name: /^Bedömningar under / })
      .getByRole('link', { name: UNIT })
      .first()
      .waitFor();
    assert.deepEqual(await checkBothWidths(page, 'board-follow-up'), [], 'axe-överträdelser på nämndens T1');
    await page.goto(review);
  });

  it("the board's dashboard shows goals by assessment, late units and a chart per indicator with a table", async () => {
    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: `Översikt Tertialrapport 1 ${YEAR} – ${BOARD}` })
      .waitFor();
    await page.getByRole('table', { name: 'Antal mål per bedömning' }).waitFor();
    await page.getByRole('heading', { name: 'Inte rapporterat i tid' }).waitFor();
    const chart = page.getByRole('figure').first();
    await chart.waitFor();
    await chart.locator('.chart-box .recharts-cartesian-grid').first().waitFor();
    assert.match(await chart.locator('.chart-summary').innerText(), /Senaste utfall|Inget utfall ännu/);
    await chart.getByRole('table').waitFor();
    assert.deepEqual(await checkBothWidths(page, 'dashboard'), [], 'axe-överträdelser på översikten');
  });
});
