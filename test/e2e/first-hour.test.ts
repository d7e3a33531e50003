import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

/** Tables whose content is wider than the box they scroll in, as "caption: table px > box px". */
function sidewaysTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      let box = table.parentElement;
      while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      if (!box || table.scrollWidth <= box.clientWidth) return [];
      return [`${table.caption?.textContent ?? '?'}: ${table.scrollWidth} px > ${box.clientWidth} px`];
    }),
  );
}

describe("a new user's first hour in the unit plan editor", () => {
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
    await page.goto(`${server.url}/ar/2025`);
    await page
      .getByRole('navigation', { name: 'Organisationer' })
      .getByRole('link', { name: /Norrviks hemtjänst/ })
      .click();
    await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
    await page.waitForLoadState('networkidle');
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('fits every indicator table at 1280 px without sideways scrolling', async () => {
    assert.ok((await page.locator('table').count()) > 0, 'the plan shows indicator tables');
    assert.deepEqual(await sidewaysTables(page), []);
  });

  it('takes dates in date inputs', async () => {
    assert.equal(await page.getByLabel('Datum', { exact: true }).getAttribute('type'), 'date');
    assert.equal(await page.getByLabel('Start för ny aktivitet').first().getAttribute('type'), 'date');
    assert.equal(await page.getByLabel('Slut för ny aktivitet').first().getAttribute('type'), 'date');
  });

  it("counts characters near the limit and shows the server's own message next to the field", async () => {
    const form = page.getByRole('form', { name: 'Lägg till en aktivitet' }).first();
    const name = form.getByLabel('Ny aktivitet', { exact: true });
    await name.fill('a'.repeat(700));
    assert.equal(await form.locator('.field-count').count(), 0, 'no counter far from the limit');
    await name.fill('a'.repeat(1500));
    await form.getByText('1500 av 1000 tecken – 500 för många').waitFor();
    await form.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Aktivitetens namn får vara högst 1000 tecken.');
    // The same message sits at the field, tied to it for screen readers.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    assert.ok(errorId, 'the field is described by its error');
    assert.match(
      (await page.locator(`[id="${errorId}"]`).textContent()) ?? '',
      /Aktivitetens namn får vara högst 1000/,
    );
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await checkBothWidths(page, 'first-hour-long-name', form), []);
  });

  it('keeps the kind label inside a highlighted organisation with a long one-word name', async () => {
    const organisations: { id: string; name: string }[] = await (
      await page.request.get(`${server.url}/api/v1/organisations?year=2025`)
    ).json();
    const unit = organisations.find((o) => o.name === 'Socialpsykiatriska enheten');
    assert.ok(unit, 'the demo has the unit');
    await page.goto(`${server.url}/ar/2025/org/${unit.id}`);
    await page.getByRole('heading', { level: 1, name: /Socialpsykiatriska enheten/ }).waitFor();
    const current = page.getByRole('navigation', { name: 'Organisationer' }).locator('[aria-current="page"]');
    const overflow = await current.evaluate((link) => {
      const kind = link.querySelector('.org-kind')?.getBoundingClientRect();
      return kind ? kind.right - link.getBoundingClientRect().right : Number.NaN;
    });
    assert.ok(overflow <= 0.5, `the kind label sticks ${overflow} px out of the highlighted link`);
    assert.deepEqual(await checkBothWidths(page, 'first-hour-long-unit-name'), []);
  });
});
