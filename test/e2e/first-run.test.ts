import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const empty = await openTestDatabase();
const demo = await openTestDatabase();

const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10"/></svg>',
);

async function noWiderThanScreen(page: Page) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > 376)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
      ),
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `sidan är ${width} px bred vid 375 px: ${wide.slice(0, 8).join(', ')}`);
}

describe('a municipality of its own in the browser', () => {
  let browser: Browser;
  const servers: WebServer[] = [];

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  it('goes from an empty install to its own organisation without the API', async () => {
    const server = await startWebServer(empty, { demo: false });
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Kom igång med din kommun' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'first-run'), []);

    await page.getByRole('button', { name: 'Lägg upp kommunen' }).click();
    await page.getByText('Kommunens namn måste fyllas i.').waitFor();

    await page.getByLabel('Kommunens namn').fill('Ekby kommun');
    await page.getByLabel('Logotyp för brevhuvudet (valfri)').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: LOGO,
    });
    await page.getByLabel('Första planeringsår').fill('2027');
    await page.getByRole('button', { name: 'Lägg upp kommunen' }).click();
    await page.getByRole('heading', { name: 'Ekby kommun är upplagd' }).waitFor();
    await page.getByText('Logotypen är sparad').waitFor();
    assert.deepEqual(await checkBothWidths(page, 'first-run-done'), []);

    await page.getByRole('link', { name: /Bygg organisationen/ }).click();
    await page.getByRole('heading', { name: 'Organisationsregister 2027' }).waitFor();
    const add = page.getByRole('form', { name: 'Lägg till organisation' });
    await add.getByLabel('Typ').selectOption('board');
    await add.getByLabel('Namn', { exact: true }).fill('Socialnämnden');
    await add.getByLabel('Ligger under').selectOption({ label: 'Ekby kommun' });
    await add.getByLabel('Organisationskod (valfri)').fill('SOC');
    await add.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('status').filter({ hasText: 'Socialnämnden är tillagd.' }).waitFor();

    await add.getByLabel('Typ').selectOption('unit');
    await add.getByLabel('Namn', { exact: true }).fill('Hemtjänst Norr');
    await add.getByLabel('Ligger under').selectOption({ label: 'Socialnämnden' });
    await add.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('rowheader', { name: 'Hemtjänst Norr' }).waitFor();

    await page.getByRole('button', { name: 'Ändra Hemtjänst Norr' }).click();
    const edit = page.getByRole('form', { name: 'Ändra Hemtjänst Norr' });
    await edit.getByLabel('Namn', { exact: true }).fill('Hemtjänsten Norr');
    await edit.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('rowheader', { name: 'Hemtjänsten Norr' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'register'), []);
    await page.setViewportSize({ width: 375, height: 800 });
    await noWiderThanScreen(page);
    await context.close();
  });

  it('lets a demo install start its own municipality after a confirmation, in English too', async () => {
    const server = await startWebServer(demo);
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Start with your own municipality' }).click();
    await page.getByRole('heading', { name: /demo municipality Sjöviks kommun/ }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'first-run-demo-en'), []);
    await page.getByRole('button', { name: 'Start with your own municipality' }).click();
    const remove = page.getByRole('button', { name: 'Remove demo data' });
    assert.equal(await remove.isDisabled(), true);
    await page.getByLabel(/I understand/).check();
    await remove.click();
    await page.getByRole('heading', { name: 'Get started with your municipality' }).waitFor();
    await page.getByText(/The demo data has been removed/).waitFor();
    await page.getByLabel('Name of the municipality').waitFor();
    assert.deepEqual(await checkBothWidths(page, 'first-run-after-demo-en'), []);
    await context.close();
  });
});
