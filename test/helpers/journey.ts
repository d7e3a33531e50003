import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { checkBothWidths, type WebServer } from './web-server.ts';

/** A person of the demo municipality signed in through the sign-in form, in a context of their own. */
export async function signInWithForm(
  browser: Browser,
  server: WebServer,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${server.url}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByText(/^Inloggad som /).waitFor();
  return { context, page };
}

/** The workflow panel's heading names the status the plan or report is in now. */
export async function waitForStatus(page: Page, status: string) {
  await page.getByRole('heading', { name: `Arbetsflöde: ${status}`, level: 2 }).waitFor();
}

/**
 * axe at 1280 and 375 px. A locked plan sits in a disabled fieldset, and axe counts everything inside one as
 * unfocusable, so it reports the wide tables' scroll regions as out of keyboard reach; the browser keeps them
 * focusable (a fieldset disables form controls only). For a locked page that one rule is checked in the
 * browser instead: the named table region must take keyboard focus. Every other rule stays.
 */
export async function expectAccessible(
  page: Page,
  name: string,
  options: { lockedTable?: string | RegExp } = {},
) {
  let violations = await checkBothWidths(page, name);
  if (options.lockedTable) {
    const region = page.getByRole('region', { name: options.lockedTable, exact: true }).first();
    await region.focus();
    assert.equal(await region.evaluate((el) => el === document.activeElement), true, 'tabellen nås inte');
    violations = violations.filter((v) => !/^\d+ px: scrollable-region-focusable:/.test(v));
  }
  assert.deepEqual(violations, [], `axe-överträdelser: ${name}`);
}

/** The approver's return: the comment is required, the browser says so before anything is sent. */
export async function returnWithComment(page: Page, comment: string) {
  await page.getByRole('button', { name: 'Återlämna', exact: true }).click();
  const form = page.getByRole('form', { name: 'Återlämna' });
  const field = form.getByLabel('Kommentar');
  await form.getByRole('button', { name: 'Bekräfta: återlämna' }).click();
  assert.equal(await field.evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing), true);
  await field.fill(comment);
  await form.getByRole('button', { name: 'Bekräfta: återlämna' }).click();
  await waitForStatus(page, 'Utkast');
}

/** Buttons the person may not use are not there at all. */
export async function assertNoButtons(page: Page, names: string[]) {
  for (const name of names)
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `knappen ${name} syns`);
}
