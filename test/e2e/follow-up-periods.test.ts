import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const YEAR = 2026;

describe('follow-up periods in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let boardPlanner: BrowserContext;

  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context, 'city_planner', null);
    page = await context.newPage();
    const board = await database.db
      .selectFrom('organisation')
      .select('id')
      .where('kind', '=', 'board')
      .executeTakeFirstOrThrow();
    boardPlanner = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(boardPlanner, 'board_planner', board.id);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the city moves a deadline from the start page; out of order is refused in Swedish', async () => {
    await page.goto(`${server.url}/ar/${YEAR}`);
    await page.getByRole('link', { name: 'Perioder och sista dagar' }).click();
    await page.getByRole('heading', { level: 1, name: `Uppföljningsperioder ${YEAR}` }).waitFor();
    const reports = page.getByRole('table', { name: `Rapporter ${YEAR}` });
    const unitT2 = reports.getByLabel('Enheter, sista dag för Tertialrapport 2');
    const cityT2 = reports.getByLabel('Staden, sista dag för Tertialrapport 2');
    await unitT2.waitFor();
    await page
      .getByRole('table', { name: `Månadsprognoser ${YEAR}` })
      .getByRole('rowheader', { name: `mars ${YEAR}` })
      .waitFor();
    assert.deepEqual(
      await checkBothWidths(page, 'follow-up-periods'),
      [],
      'axe-överträdelser på periodsidan',
    );

    // The units' last day after the city's is refused, with what to do, and nothing is saved.
    const before = await unitT2.inputValue();
    const cityDay = await cityT2.inputValue();
    const late = new Date(Date.parse(`${cityDay}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await unitT2.fill(late);
    await reports.getByRole('button', { name: 'Spara sista dagarna för Tertialrapport 2' }).click();
    await page.getByRole('alert').filter({ hasText: 'nerifrån och upp' }).waitFor();
    assert.equal(await unitT2.getAttribute('aria-invalid'), 'true');

    const earlier = new Date(Date.parse(`${before}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await unitT2.fill(earlier);
    await reports.getByRole('button', { name: 'Spara sista dagarna för Tertialrapport 2' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Sista dagarna för Tertialrapport 2 är sparade.' })
      .waitFor();
    await page.reload();
    assert.equal(
      await page
        .getByRole('table', { name: `Rapporter ${YEAR}` })
        .getByLabel('Enheter, sista dag för Tertialrapport 2')
        .inputValue(),
      earlier,
    );
  });

  it("a board's planner sees the deadlines but may not move them", async () => {
    const other = await boardPlanner.newPage();
    await other.goto(`${server.url}/ar/${YEAR}/uppfoljning/perioder`);
    const unitT1 = other.getByLabel('Enheter, sista dag för Tertialrapport 1');
    const value = await unitT1.inputValue();
    await unitT1.fill(`${YEAR}-05-20`);
    await other.getByRole('button', { name: 'Spara sista dagarna för Tertialrapport 1' }).click();
    await other.getByRole('alert').filter({ hasText: 'behörighet' }).waitFor();
    await other.reload();
    assert.equal(await other.getByLabel('Enheter, sista dag för Tertialrapport 1').inputValue(), value);
  });
});
