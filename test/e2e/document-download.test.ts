import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import { launchBrowser, startWebServer, type WebServer } from '../helpers/web-server.ts';

const database = await openTestDatabase();

describe('document downloads from the plan editor', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'sv-SE',
      acceptDownloads: true,
    });
    await server.signIn(context);
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [org, kind] of [
    ['Norrviks hemtjänst', 'unit'],
    ['Norrviks stadsdelsnämnd', 'board'],
  ] as const) {
    it(`downloads the ${kind} plan as PDF and Word`, async () => {
      await page.goto(`${server.url}/ar/2025`);
      await page.getByRole('navigation', { name: 'Organisationer' }).getByRole('link', { name: org }).click();
      const orgs = await (await page.request.get(`${server.url}/api/v1/organisations?year=2025`)).json();
      const id = orgs.find((o: { name: string }) => o.name === org).id;
      await page.goto(`${server.url}/ar/2025/org/${id}/plan`);
      for (const [name, ext, magic] of [
        ['Ladda ner PDF', 'pdf', '%PDF'],
        ['Ladda ner Word', 'docx', 'PK'],
      ] as const) {
        const link = page.getByRole('link', { name });
        const href = await link.getAttribute('href');
        assert.match(href ?? '', new RegExp(`^/api/v1/plans/[0-9a-f-]+/document\\.${ext}$`));
        const res = await page.request.get(`${server.url}${href}`);
        assert.equal(res.status(), 200);
        assert.match(
          res.headers()['content-disposition'] ?? '',
          new RegExp(`verksamhetsplan-2025-.*\\.${ext}`),
        );
        assert.equal((await res.body()).subarray(0, magic.length).toString('latin1'), magic);
      }
    });
  }
});
