import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { checkBothWidths, launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('single sign-on in the browser against a real OpenID Connect provider', () => {
  let server: WebServer;
  let provider: TestProvider | undefined;
  let browser: Browser;
  before(async () => {
    server = await startWebServer(database, {
      oidc: async (publicUrl) => {
        provider = await startTestProvider(publicUrl);
        return provider.config('mal-lasare=reader');
      },
    });
    provider!.accounts.set('sigrid', {
      email: 'sigrid.sso@kommun.se',
      email_verified: true,
      name: 'Sigrid Sso',
      groups: ['mal-lasare'],
    });
    provider!.accounts.set('kalle', {
      email: 'kalle.sso@kommun.se',
      email_verified: true,
      name: 'Kalle Utan Roll',
      groups: ['fikaklubben'],
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  /** The provider's own development sign-in form (not our page: it has placeholders, no labels). */
  async function signInAtProvider(page: import('playwright-core').Page, login: string) {
    await page.waitForURL((url) => url.origin === provider!.issuer);
    await page.getByPlaceholder('Enter any login').fill(login);
    await page.getByPlaceholder('and password').fill('valfritt');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  it('signs in with the organisation account and comes back to the page the person was on', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/2025/organisationer`);
    await page.waitForURL(/\/logga-in\?till=/);
    const button = page.getByRole('link', { name: 'Logga in med organisationens konto' });
    await button.waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in-sso'), []);
    await button.click();
    await signInAtProvider(page, 'sigrid');
    await page.waitForURL(`${server.url}/ar/2025/organisationer`);
    await page.getByText('Inloggad som Sigrid Sso').waitFor();
    await context.close();
  });

  it('shows the English button in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/logga-in`);
    await page.getByRole('link', { name: 'Sign in with your organisation account' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in-sso-en'), []);
    await context.close();
  });

  it('explains on the sign-in page why a person without a role is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/logga-in`);
    await page.getByRole('link', { name: 'Logga in med organisationens konto' }).click();
    await signInAtProvider(page, 'kalle');
    await page.waitForURL(/\/logga-in\?fel=/);
    await page.getByRole('alert').filter({ hasText: 'ger ingen roll i Målkedja' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'sign-in-sso-refused'), []);
    // The message was read once: a reload, or a forged link with ?fel, shows only the general words.
    await page.goto(`${server.url}/logga-in?fel=Ring+0701234567+och+uppge+ditt+l%C3%B6senord`);
    await page.getByRole('alert').filter({ hasText: 'gick inte igenom' }).waitFor();
    assert.equal(await page.getByText('0701234567').count(), 0);
    assert.equal(
      (await context.cookies()).find((c) => c.name === 'malkedja_session'),
      undefined,
    );
    await context.close();
  });
});
