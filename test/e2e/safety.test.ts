import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();
const HIJACK = 'Kapad rubrik från annan webbplats';

/** A page on another site that tries every write a browser lets it send without CORS. */
function attackPage(target: string) {
  const body = JSON.stringify({ part: 'intro', heading: HIJACK, body: '' });
  return `<!doctype html><html lang="en"><head><title>Attack</title></head><body>
<form id="f" method="POST" enctype="text/plain" action="${target}"><input name='${body.slice(0, -1)},"x":"' value='"}'></form>
<script>
  fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(body)} })
    .finally(() => { document.title = 'fetch done'; document.getElementById('f').submit(); });
</script></body></html>`;
}

describe('safe by default in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let attacker: Server;
  const violations: string[] = [];

  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
  });

  function watch(page: Page) {
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
    });
  }

  it('runs the app and its sandboxed document preview under the content security policy', async () => {
    const page = await context.newPage();
    watch(page);
    const orgs = await (await page.request.get(`${server.url}/api/v1/organisations?year=2025`)).json();
    const unit = orgs.find((o: { name: string }) => o.name === 'Norrviks hemtjänst');
    await page.goto(`${server.url}/ar/2025/org/${unit.id}/plan`);
    await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
    // Below 1600 px the preview starts closed; open it.
    const toggle = page.getByRole('button', { name: 'Förhandsgranskning' });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    const frame = page.getByTitle(/^Förhandsgranskning av /);
    await frame.waitFor();
    assert.equal(await frame.getAttribute('sandbox'), '');
    // The sandboxed document still renders: the plan's organisation appears inside the frame.
    await frame.contentFrame().getByText('Norrviks hemtjänst').first().waitFor();
    assert.deepEqual(violations, []);
  });

  it('refuses writes a page on another site makes the browser send', async () => {
    const page = await context.newPage();
    watch(page);
    const plans = await (await page.request.get(`${server.url}/api/v1/plans?year=2025&kind=plan`)).json();
    const planId = plans[0].id as string;
    const target = `${server.url}/api/v1/plans/${planId}/sections`;
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(attackPage(target));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const port = (attacker.address() as AddressInfo).port;
    // localhost vs 127.0.0.1: another site as far as the browser is concerned.
    const navigated = page.waitForURL(target);
    await page.goto(`http://localhost:${port}/`);
    await navigated;
    assert.match(await page.content(), /annan webbplats/);
    const sections = await (await page.request.get(target)).json();
    assert.deepEqual(
      sections.filter((s: { heading: string }) => s.heading.startsWith(HIJACK)),
      [],
      'a section was created from another site',
    );
  });
});
