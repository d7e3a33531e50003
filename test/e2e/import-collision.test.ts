import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importPlanFiles } from '../../src/importers/import-files.ts';
import { updateGoal } from '../../src/services/goal.ts';
import { openTestContext } from '../helpers/db.ts';
import { importFixtures } from '../helpers/import.ts';
import { findAxeViolations, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const ctx = await openTestContext();
const file = join(importFixtures, 'plan-2020-split-labels.txt');

describe('import page: a council goal number already used by another goal', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    // The plan once imported, then the council's goal 1 given another text: the same file now collides.
    await importPlanFiles(ctx, [{ name: 'plan-2020.txt', text: readFileSync(file, 'utf8') }]);
    const goal = await ctx.db
      .selectFrom('goal')
      .selectAll()
      .where('level', '=', 'city_direction')
      .where('number', '=', '1')
      .executeTakeFirstOrThrow();
    await updateGoal(ctx, goal.id, {
      title: 'Ett helt annat inriktningsmål om kollektivtrafik',
      version: goal.version,
    });
    server = await startWebServer(ctx.handle);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 375]) {
    it(`offers the choices instead of a dead end, and the chosen one previews (${width} px)`, async () => {
      context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'sv-SE' });
      await server.signIn(context);
      page = await context.newPage();
      await page.goto(`${server.url}/ar/2020/import`);
      await page.getByRole('heading', { name: 'Importera verksamhetsplaner' }).waitFor();
      await page.getByLabel('Filer att importera').setInputFiles(file);
      await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).click();
      const choices = page.getByRole('group', { name: /samma nummer som andra mål/ });
      await choices.waitFor();
      assert.deepEqual(await findAxeViolations(page), [], 'axe-överträdelser i valet');
      const retry = page.getByRole('button', { name: 'Förhandsgranska med valet' });
      assert.equal(await retry.isDisabled(), true, 'nothing chosen yet');
      await choices.getByLabel(/Koppla till de befintliga målen/).check();
      await retry.click();
      await page.getByRole('button', { name: 'Importera 1 plan' }).waitFor();
      assert.equal(await page.getByRole('group', { name: /samma nummer/ }).count(), 0);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'no sideways scroll',
      );
      assert.deepEqual(await findAxeViolations(page), [], 'axe-överträdelser i förhandsgranskningen');
      await context.close();
    });
  }
});
