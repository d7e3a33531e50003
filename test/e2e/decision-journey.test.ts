// The decision workflow clicked through end to end by the demo's own people: the unit writer writes and
// submits, the board approver returns with a comment, approves and decides, and the decided plan stays frozen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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
const UNIT = 'enhet@sjovik.example';
const APPROVER = 'godkannare@sjovik.example';
const BUDGET = /^Budget: /;
const RETURN_COMMENT = 'Beskriv hur ni följer upp målen under året.';

async function openUnitPlan(page: Page, server: WebServer) {
  await page.goto(`${server.url}/ar/2025`);
  await page
    .getByRole('navigation', { name: 'Organisationer' })
    .getByRole('link', { name: /Norrviks hemtjänst/ })
    .click();
  await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
  await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
}

/** The first heading field of Inledning, the section the unit edits. */
const firstHeading = (page: Page) =>
  page.getByRole('region', { name: 'Inledning' }).getByLabel('Rubrik').first();

async function editHeading(page: Page, heading: string) {
  await firstHeading(page).fill(heading);
  await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).first().waitFor();
}

describe('the decision workflow clicked through in the browser', () => {
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

  it('takes a unit plan from draft through return, approval and decision, and keeps the decided plan frozen', async () => {
    const unit = await signInWithForm(browser, server, UNIT);
    await openUnitPlan(unit.page, server);
    await waitForStatus(unit.page, 'Utkast');
    await assertNoButtons(unit.page, ['Godkänn', 'Återlämna', 'Registrera beslut']);
    await editHeading(unit.page, 'Uppdrag och ansvar');
    await expectAccessible(unit.page, 'journey-unit-draft');

    await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await waitForStatus(unit.page, 'Inskickad');
    await unit.page.getByText('Planen är inskickad och låst för ändringar tills den återlämnas.').waitFor();
    assert.equal(await firstHeading(unit.page).isDisabled(), true);
    await assertNoButtons(unit.page, ['Skicka in', 'Godkänn', 'Återlämna']);
    await expectAccessible(unit.page, 'journey-unit-submitted', { lockedTable: BUDGET });

    const approver = await signInWithForm(browser, server, APPROVER);
    await openUnitPlan(approver.page, server);
    await waitForStatus(approver.page, 'Inskickad');
    await assertNoButtons(approver.page, ['Skicka in']);
    await expectAccessible(approver.page, 'journey-approver-submitted', { lockedTable: BUDGET });
    await approver.page.getByRole('button', { name: 'Återlämna', exact: true }).click();
    await expectAccessible(approver.page, 'journey-approver-return-form', { lockedTable: BUDGET });
    await approver.page.getByRole('button', { name: 'Avbryt' }).click();
    await returnWithComment(approver.page, RETURN_COMMENT);

    await unit.page.reload();
    await waitForStatus(unit.page, 'Utkast');
    await unit.page.getByText(RETURN_COMMENT).waitFor();
    await unit.page.getByText('Senaste kommentar vid återlämning').waitFor();
    assert.equal(await firstHeading(unit.page).isDisabled(), false);
    await expectAccessible(unit.page, 'journey-unit-returned');
    await editHeading(unit.page, 'Uppdrag, ansvar och uppföljning');
    await unit.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await waitForStatus(unit.page, 'Inskickad');

    await approver.page.reload();
    await waitForStatus(approver.page, 'Inskickad');
    await approver.page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await waitForStatus(approver.page, 'Godkänd');
    await expectAccessible(approver.page, 'journey-approver-approved', { lockedTable: BUDGET });
    await approver.page.getByRole('button', { name: 'Registrera beslut', exact: true }).click();
    const decide = approver.page.getByRole('form', { name: 'Registrera beslut' });
    await decide.getByRole('button', { name: 'Bekräfta: registrera beslut' }).click();
    // Nothing is sent without a date and a body: the fields say they are missing.
    assert.equal(
      await decide
        .getByLabel('Beslutsdatum')
        .evaluate((el) => (el as HTMLInputElement).validity.valueMissing),
      true,
    );
    await expectAccessible(approver.page, 'journey-approver-decide-form', { lockedTable: BUDGET });
    await decide.getByLabel('Beslutsdatum').fill('2025-02-14');
    await decide.getByLabel('Beslutande organ').fill('Norrviks stadsdelsnämnd');
    await decide.getByLabel('Paragraf (§)').fill('12');
    await decide.getByLabel('Diarienummer').fill('SDN 2025/31');
    await decide.getByRole('button', { name: 'Bekräfta: registrera beslut' }).click();
    await waitForStatus(approver.page, 'Beslutad');
    await expectAccessible(approver.page, 'journey-approver-decided', { lockedTable: BUDGET });
    await approver.context.close();

    await unit.page.reload();
    await waitForStatus(unit.page, 'Beslutad');
    await unit.page.getByRole('heading', { name: 'Beslutade versioner' }).waitFor();
    const decided = 'Beslutad 2025-02-14 av Norrviks stadsdelsnämnd § 12';
    await unit.page.getByText(`${decided}, dnr SDN 2025/31`).waitFor();
    assert.equal(await firstHeading(unit.page).isDisabled(), true);
    await unit.page.getByText('Planen är beslutad och kan inte ändras.', { exact: false }).waitFor();
    await expectAccessible(unit.page, 'journey-unit-decided', { lockedTable: BUDGET });
    const files = {
      pdf: unit.page.getByRole('link', { name: `PDF – ${decided}` }),
      docx: unit.page.getByRole('link', { name: `Word – ${decided}` }),
      archive: unit.page.getByRole('link', { name: `Arkivexemplar (PDF/A) – ${decided}` }),
    };
    const before: Record<string, Buffer> = {};
    for (const [name, link] of Object.entries(files)) {
      const response = await unit.context.request.get(`${server.url}${await link.getAttribute('href')}`);
      assert.equal(response.status(), 200, name);
      before[name] = await response.body();
    }
    assert.equal(before.pdf!.subarray(0, 5).toString(), '%PDF-');
    assert.equal(before.docx!.subarray(0, 2).toString(), 'PK');
    assert.match(before.archive!.toString('latin1'), /pdfaid:part/);

    // A later edit, sent straight to the API since the form is locked, is refused and changes no decided file.
    const refused = await unit.page.evaluate(async () => {
      const path = location.pathname.split('/');
      const plans = await (
        await fetch(`/api/v1/plans?year=${path[2]}&organisationId=${path[4]}&kind=plan`)
      ).json();
      const sections = await (await fetch(`/api/v1/plans/${plans[0].id}/sections`)).json();
      const response = await fetch(`/api/v1/sections/${sections[0].id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: sections[0].version, heading: 'Ändrat efter beslutet' }),
      });
      return { status: response.status, body: (await response.json()) as { message: string } };
    });
    assert.ok(refused.status === 409 || refused.status === 403, `status ${refused.status}`);
    assert.ok(refused.body.message.length > 0);
    for (const [name, link] of Object.entries(files)) {
      const response = await unit.context.request.get(`${server.url}${await link.getAttribute('href')}`);
      assert.deepEqual(await response.body(), before[name], `${name} ändrades`);
    }
    await unit.page.reload();
    assert.equal(await firstHeading(unit.page).inputValue(), 'Uppdrag, ansvar och uppföljning');
    await unit.context.close();
  });
});
