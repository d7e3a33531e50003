// A follow-up report goes through the same workflow as a plan, clicked by the demo's own people: the unit
// writer submits T1, the board approver finds it from the board review, returns it with a comment, and
// approves it once resubmitted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fillReport } from '../../src/demo/seed-follow-up.ts';
import { buildFollowUpTree } from '../../src/services/follow-up-tree.ts';
import { openTestDatabase } from '../helpers/db.ts';
import {
  assertNoButtons,
  expectAccessible,
  returnWithComment,
  signInWithForm,
  waitForStatus,
} from '../helpers/journey.ts';
import { launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const ctx = { db: database.db, actor: 'Omar Said', now: () => new Date() };
const RETURN_COMMENT = 'Kommentera utfallet för brukarnöjdheten innan vi godkänner.';

async function organisationId(name: string): Promise<string> {
  const row = await database.db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function t1Id(unitId: string): Promise<string> {
  const row = await database.db
    .selectFrom('plan')
    .select('id')
    .where('organisationId', '=', unitId)
    .where('year', '=', 2026)
    .where('kind', '=', 't1')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function openUnitReport(page: Page, server: WebServer, unitId: string) {
  await page.goto(`${server.url}/ar/2026/org/${unitId}/uppfoljning/T1`);
  await page.getByRole('heading', { level: 1, name: /Norrviks hemtjänst/ }).waitFor();
}

describe('the follow-up report workflow clicked through in the browser', () => {
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

  it('takes the unit T1 from submitted through return with a comment to approved', async () => {
    const unitId = await organisationId('Norrviks hemtjänst');
    const boardId = await organisationId('Norrviks stadsdelsnämnd');
    const unit = await signInWithForm(browser, server, 'enhet@sjovik.example');
    await openUnitReport(unit.page, server, unitId);
    await waitForStatus(unit.page, 'Utkast');
    await assertNoButtons(unit.page, ['Godkänn', 'Återlämna']);
    // An incomplete report is refused with a message that says what is missing.
    await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await unit.page
      .getByRole('alert')
      .filter({ hasText: 'Rapporten kan inte skickas in förrän allt är ifyllt' })
      .waitFor();
    // The report's content (outcomes, assessments, activity status) is filled in as the demo does: the page
    // for writing it has its own journey (follow-up.test.ts); this one is about the workflow controls.
    await fillReport(ctx, await buildFollowUpTree(ctx, await t1Id(unitId)), 'resa');
    await unit.page.reload();
    await waitForStatus(unit.page, 'Utkast');
    await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await waitForStatus(unit.page, 'Inskickad');
    await unit.page.getByText('Planen är inskickad och låst för ändringar tills den återlämnas.').waitFor();
    await assertNoButtons(unit.page, ['Skicka in', 'Godkänn']);
    await expectAccessible(unit.page, 'followup-unit-submitted');

    const approver = await signInWithForm(browser, server, 'godkannare@sjovik.example');
    await approver.page.goto(`${server.url}/ar/2026/org/${boardId}/uppfoljning/T1/granskning`);
    await approver.page
      .getByRole('region', { name: /^Enheternas / })
      .getByRole('rowheader', { name: 'Norrviks hemtjänst', exact: true })
      .getByRole('link')
      .click();
    await waitForStatus(approver.page, 'Inskickad');
    await assertNoButtons(approver.page, ['Skicka in']);
    await expectAccessible(approver.page, 'followup-approver-submitted');
    await returnWithComment(approver.page, RETURN_COMMENT);

    await unit.page.reload();
    await waitForStatus(unit.page, 'Utkast');
    await unit.page.getByText(RETURN_COMMENT).waitFor();
    await expectAccessible(unit.page, 'followup-unit-returned');
    await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await waitForStatus(unit.page, 'Inskickad');

    await approver.page.reload();
    await approver.page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await waitForStatus(approver.page, 'Godkänd');
    await expectAccessible(approver.page, 'followup-approver-approved');
    await unit.page.reload();
    await waitForStatus(unit.page, 'Godkänd');
    assert.equal(await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).count(), 0);
    await approver.context.close();
    await unit.context.close();
  });
});
