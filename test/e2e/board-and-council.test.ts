import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestDatabase } from '../helpers/db.ts';
import {
  checkBothWidths,
  findAxeViolations,
  launchBrowser,
  startWebServer,
  type WebServer,
} from '../helpers/web-server.ts';

const database = await openTestDatabase();

const DIRECTION = /^KF:s inriktningsmål: 1 Ett Sjövik som håller samman/;
const AREA_1_1 = 'mål 1.1 Sjöviks invånare får stöd och omsorg där behoven är som störst';
const BOARD_GOAL = 'Barn i Norrvik har en trygg uppväxt';
const UNIT = 'Enheten för daglig verksamhet';

async function expectAccessible(page: Page, where: string) {
  assert.deepEqual(await findAxeViolations(page), [], `axe-överträdelser på ${where}`);
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor();
}

/** Polls the API until the first direction goal's area goals are stored in the expected order. */
async function waitForAreaOrder(page: Page, server: WebServer, titles: string[]) {
  type Goal = { id: string; number: string; title: string; sortOrder: number };
  const get = async (path: string) =>
    (await page.request.get(`${server.url}/api/v1${path}`)).json() as Promise<Goal[]>;
  const direction = (await get('/goals?year=2025&level=city_direction')).find((g) => g.number === '1')!;
  for (let i = 0; i < 50; i++) {
    const areas = (await get(`/goals?year=2025&level=city_area&parentId=${direction.id}`)).sort(
      (a, b) => a.sortOrder - b.sortOrder,
    );
    if (JSON.stringify(areas.map((a) => a.title)) === JSON.stringify(titles)) return;
    await page.waitForTimeout(100);
  }
  assert.fail('Servern fick aldrig den nya ordningen.');
}

describe('the council and board editors in the browser', () => {
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
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reorders the council area goals by keyboard and keeps the order after a reload', async () => {
    await page.goto(`${server.url}/ar/2025`);
    await page.getByRole('link', { name: 'Kommunfullmäktiges mål 2025' }).click();
    await page.getByRole('heading', { level: 1, name: /Kommunfullmäktiges mål 2025/ }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'council'), [], 'axe-överträdelser på KF:s mål');

    const direction = page.getByRole('region', { name: DIRECTION });
    const areaHeadings = () => direction.getByRole('heading', { level: 4 }).allInnerTexts();
    const before = await areaHeadings();
    assert.match(before[0]!, /1\.1 Sjöviks invånare/);
    await direction.getByRole('button', { name: `Flytta ner ${AREA_1_1}` }).focus();
    await page.keyboard.press('Enter');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      `Flytta ner ${AREA_1_1}`,
    );
    const moved = [before[1], before[0], ...before.slice(2)];
    assert.deepEqual(await areaHeadings(), moved);
    await waitForAreaOrder(
      page,
      server,
      moved.map((h) => h!.replace(/^.*?: \S+ /, '')),
    );
    await page.reload();
    await direction.getByRole('heading', { level: 4 }).first().waitFor();
    assert.deepEqual(await areaHeadings(), moved);
  });

  it('lets the board write a goal, assign an activity to a unit and set the unit target', async () => {
    await page.goto(`${server.url}/ar/2025`);
    await page
      .getByRole('navigation', { name: 'Organisationer' })
      .getByRole('link', { name: /Norrviks stadsdelsnämnd/ })
      .click();
    await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'board-plan'), [], 'axe-överträdelser på nämndens plan');

    const area = page.getByRole('region', { name: /^KF:s mål för verksamhetsområdet: 1\.3 / });
    await area.getByLabel('Nummer för nytt nämndmål').fill('1.3.1');
    await area.getByLabel('Rubrik för nytt nämndmål').fill(BOARD_GOAL);
    await area.getByRole('button', { name: 'Lägg till nämndmål' }).click();
    const goal = page.getByRole('region', { name: `Nämndmål: 1.3.1 ${BOARD_GOAL}` });
    await goal.waitFor();

    await goal.getByLabel('Ny aktivitet', { exact: true }).fill('Föräldrastöd i grupp');
    await goal.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await goal
      .getByRole('group', { name: 'Tilldela enheter: Föräldrastöd i grupp' })
      .getByLabel(UNIT)
      .check();

    await goal.getByLabel('Ny indikator', { exact: true }).fill('Andel föräldrar som deltar');
    await goal.getByRole('button', { name: 'Lägg till indikator' }).click();
    await goal.getByRole('textbox', { name: `Årsmål för ${UNIT} för Andel föräldrar som deltar` }).fill('40');
    await waitUntilSaved(page);
    await expectAccessible(page, 'nämndens plan med nytt nämndmål');

    await page
      .getByRole('navigation', { name: 'Brödsmulor' })
      .getByRole('link', { name: 'Start 2025' })
      .click();
    await page.getByRole('link', { name: UNIT }).first().click();
    await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
    const inherited = page.getByRole('region', { name: `Nämndmål: 1.3.1 ${BOARD_GOAL}` });
    await inherited
      .getByRole('cell', { name: 'Föräldrastöd i grupp' })
      .or(inherited.getByRole('rowheader', { name: 'Föräldrastöd i grupp' }))
      .waitFor();
    assert.equal(
      await inherited
        .getByRole('textbox', { name: 'Enhetens årsmål för Andel föräldrar som deltar' })
        .inputValue(),
      '40',
    );
  });
});
