import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPlanSection } from '../../src/services/plan-section.ts';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('imported text to sort in the plan editor', () => {
  let server: WebServer;
  let browser: Browser;
  let unitId = '';
  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    const plan = await database.db
      .selectFrom('plan')
      .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
      .select(['plan.id', 'plan.organisationId'])
      .where('organisation.name', '=', 'Norrviks hemtjänst')
      .where('plan.year', '=', 2026)
      .where('plan.kind', '=', 'plan')
      .executeTakeFirstOrThrow();
    unitId = plan.organisationId;
    // What an import leaves when a block of the document fits no field.
    await createPlanSection({ db: database.db, actor: 'import', now: () => new Date() }, plan.id, {
      part: 'unplaced',
      heading: 'Oplacerad text',
      body: 'Hemtjänsten har tre arbetslag som turas om på helger.',
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the text in the editor, lists it as missing and moves it into Övrigt', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2026/org/${unitId}/plan`);
    const region = page.getByRole('region', { name: /Text att sortera/ });
    await region.getByText('Hemtjänsten har tre arbetslag').waitFor();
    await page
      .getByRole('link', { name: /Text från importen att sortera/ })
      .first()
      .waitFor();
    assert.deepEqual(await checkBothWidths(page, 'unplaced-text', region), []);
    await region.getByRole('button', { name: 'Flytta till Övrigt: Oplacerad text' }).click();
    await region.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Övrigt' }).getByText('Hemtjänsten har tre arbetslag').waitFor();
    await context.close();
  });
});
