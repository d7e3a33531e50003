import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPlan, getPlan } from '../../src/services/plan.ts';
import { createPlanSection, updatePlanSection } from '../../src/services/plan-section.ts';
import { approvePlan, decidePlan, publishPlan, submitPlan } from '../../src/services/plan-workflow.ts';
import { openTestDatabase } from '../helpers/db.ts';
import { buildMunicipality } from '../helpers/factories.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const ctx = { db: database.db, actor: 'Anna Andersson', now: () => new Date() };
const m = await buildMunicipality(ctx);
const section = await createPlanSection(ctx, m.plan.id, {
  part: 'intro',
  heading: 'Uppdrag',
  body: 'Vi ger stöd.',
});
await updatePlanSection({ ...ctx, actor: 'Bo Berg' }, section.id, {
  version: section.version,
  body: 'Vi ger snabbt stöd.',
});
let plan = await getPlan(ctx, m.plan.id);
plan = await submitPlan(ctx, plan.id, { version: plan.version });
plan = await approvePlan(ctx, plan.id, { version: plan.version });
plan = await decidePlan(ctx, plan.id, {
  version: plan.version,
  decidedOn: '2025-02-14',
  body: 'Stadsdelsnämnden',
  paragraph: '12',
});
let boardPlan = await createPlan(ctx, { organisationId: m.board.id, year: m.year, kind: 'plan' });
boardPlan = await submitPlan(ctx, boardPlan.id, { version: boardPlan.version });
boardPlan = await approvePlan(ctx, boardPlan.id, { version: boardPlan.version });
boardPlan = await decidePlan(ctx, boardPlan.id, {
  version: boardPlan.version,
  decidedOn: '2025-02-20',
  body: 'Nämnden',
});
await publishPlan(ctx, boardPlan.id, { version: boardPlan.version });

describe('decided documents, Historik and the public pages in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  before(async () => {
    server = await startWebServer(database, { demo: false });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the unit the decided plan frozen, with its decided files and comments', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context, 'unit_writer', m.unit.id);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/${m.year}/org/${m.unit.id}/plan`);
    await page.getByRole('heading', { name: 'Beslutade versioner' }).waitFor();
    await page
      .getByRole('link', { name: /Arkivexemplar \(PDF\/A\) – Beslutad 2025-02-14 av Stadsdelsnämnden § 12/ })
      .waitFor();
    // Frozen: the whole editor form is disabled.
    await page.locator('fieldset.editor-lock[disabled]').waitFor();
    await page.getByLabel('Kommentar', { exact: true }).fill('Bra beslut.');
    await page.getByRole('button', { name: 'Lägg till kommentar' }).click();
    await page.getByText('Bra beslut.').waitFor();
    await context.close();
  });

  it('shows who changed what in Historik, with the changed words', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/${m.year}/org/${m.unit.id}/plan/${m.plan.id}/historik`);
    await page.getByRole('heading', { name: 'Historik', level: 1 }).waitFor();
    await page.locator('ins', { hasText: 'snabbt' }).first().waitFor();
    await page.locator('.history-list').getByText('Bo Berg').first().waitFor();
    await page.getByRole('button', { name: 'Jämför versionerna' }).click();
    await page.getByRole('heading', { name: /Skillnader mellan ändring/ }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'historik'), []);
    await context.close();
  });

  it('lists published plans without signing in, with their PDF', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/publicerat`);
    await page.getByRole('heading', { name: 'Publicerade planer' }).waitFor();
    await page.getByLabel('År').fill(String(m.year));
    const link = page.getByRole('link', { name: new RegExp(`${m.board.name} \\(PDF\\)`) });
    await link.waitFor();
    const pdf = await context.request.get(`${server.url}${await link.getAttribute('href')}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(await checkBothWidths(page, 'publicerat'), []);
    await context.close();
  });
});
