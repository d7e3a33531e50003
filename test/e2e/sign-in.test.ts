import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { openTestDatabase } from '../helpers/db.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('signing in and out in the browser', () => {
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

  it('sends a visitor to the sign-in page and back to where they were after signing in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025/organisationer`);
    await page.waitForURL(/\/logga-in\?till=%2Far%2F2025%2Forganisationer/);
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Prova som en av demokommunens personer' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in'), []);

    await page.getByLabel('E-postadress').fill('admin@sjovik.example');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in-error'), []);

    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(/\/ar\/2025\/organisationer$/);
    await page.getByText('Inloggad som Agnes Berg').waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/logga-in$/);
    // The cookie is gone: the app sends the browser back to sign in.
    await page.goto(`${server.url}/ar/2025`);
    await page.waitForURL(/\/logga-in\?till=/);
    await context.close();
  });

  it('signs in as a demo account with one click, in English too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/logga-in`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByText('Unit writer', { exact: false }).first().waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in-en'), []);
    await page.getByRole('button', { name: 'Sign in as Omar Said' }).click();
    await page.waitForURL(/\/ar\/\d{4}/);
    await page.getByText('Signed in as Omar Said').waitFor();
    await context.close();
  });

  it('lets an admin add an account, create and revoke an API token, and disable the account', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Konton' }).click();
    await page.getByRole('heading', { name: 'Konton och API-nycklar', level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: 'Agnes Berg' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'accounts'), []);

    const add = page.getByRole('form', { name: 'Lägg till konto' });
    await add.getByLabel('Namn').fill('Nora Nilsson');
    await add.getByLabel('E-postadress').fill('nora@kommun.se');
    await add.getByLabel(/^Lösenord/).fill('nora-lösenord-123');
    await add.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await add.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontot nora@kommun.se är skapat.' }).waitFor();
    await page.getByRole('rowheader', { name: 'Nora Nilsson' }).waitFor();

    const token = page.getByRole('form', { name: 'Skapa API-nyckel' });
    await token.getByLabel('Nyckelns namn').fill('Kolada');
    await token.getByRole('button', { name: 'Skapa API-nyckel' }).click();
    const shown = await page
      .getByRole('status')
      .filter({ hasText: 'visas inte igen' })
      .locator('code')
      .textContent();
    assert.match(shown ?? '', /^mk_/);
    const who = await fetch(`${server.url}/api/v1/session`, {
      headers: { authorization: `Bearer ${shown}` },
    });
    assert.equal(who.status, 200);
    await page.getByRole('button', { name: 'Återkalla Kolada' }).click();
    await page.getByText('Återkallad').waitFor();
    const after = await fetch(`${server.url}/api/v1/session`, {
      headers: { authorization: `Bearer ${shown}` },
    });
    assert.equal(after.status, 401);

    await page.getByRole('button', { name: 'Stäng av Nora Nilsson' }).click();
    await page.getByRole('button', { name: 'Aktivera Nora Nilsson' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'accounts-after'), []);
    await context.close();
  });
});
