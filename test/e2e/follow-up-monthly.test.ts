import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createIndicator } from '../../src/services/indicator.ts';
import { createPlacement } from '../../src/services/placement.ts';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const UNIT = 'Norrviks hemtjänst';
const YEAR = 2026;

describe('a monthly indicator in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let unitId: string;

  before(async () => {
    server = await startWebServer(database);
    const ctx = { db: database.db, actor: 'e2e', now: () => new Date() };
    const unit = await database.db
      .selectFrom('organisation')
      .select('id')
      .where('name', '=', UNIT)
      .executeTakeFirstOrThrow();
    unitId = unit.id;
    const goal = await database.db
      .selectFrom('goal')
      .select('id')
      .where('organisationId', '=', unitId)
      .where('year', '=', YEAR)
      .orderBy('sortOrder')
      .executeTakeFirstOrThrow();
    const calls = await createIndicator(ctx, {
      name: 'Antal uppföljningssamtal',
      unit: 'st',
      valueKind: 'number',
      direction: 'increase',
      periodicity: 'month',
      genderSplit: false,
      consolidation: 'sum',
    });
    await createPlacement(ctx, { indicatorId: calls.id, goalId: goal.id });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a value for each month of T1 and keeps it', async () => {
    await page.goto(`${server.url}/ar/${YEAR}/org/${unitId}/uppfoljning/T1`);
    const start = page.getByRole('button', { name: `Börja Tertialrapport 1 ${YEAR}` });
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^Tertialrapport 1 ${YEAR}`) });
    await Promise.race([start.waitFor(), heading.waitFor()]);
    if (await start.isVisible()) await start.click();
    const indicator = page.locator('.fu-indicator').filter({ hasText: 'Antal uppföljningssamtal' });
    for (const month of ['januari', 'februari', 'mars', 'april'])
      await indicator.getByText(`${month} ${YEAR}`, { exact: true }).waitFor();
    const values = indicator.getByRole('textbox', { name: 'Utfall', exact: true });
    assert.equal(await values.count(), 4, 'one value per month, January to April');
    await values.nth(0).fill('12');
    await values.nth(0).press('Tab');
    await values.nth(3).fill('15');
    await values.nth(3).press('Tab');
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor();
    await page.reload();
    const again = page
      .locator('.fu-indicator')
      .filter({ hasText: 'Antal uppföljningssamtal' })
      .getByRole('textbox', { name: 'Utfall', exact: true });
    await again.first().waitFor();
    assert.deepEqual(
      [await again.nth(0).inputValue(), await again.nth(1).inputValue(), await again.nth(3).inputValue()],
      ['12', '', '15'],
    );
    assert.deepEqual(await checkBothWidths(page, 'follow-up-monthly'), [], 'axe-överträdelser');
  });
});
