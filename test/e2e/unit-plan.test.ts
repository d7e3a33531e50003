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

const BOARD_GOAL = /^Nämndmål: Fler personer med funktionsnedsättning kommer ut i arbete eller praktik/;
const UNIT_GOAL = 'Fler brukare får en praktikplats';
const KF_INDICATOR = 'Andel brukare som kan påverka hur stödet utförs';

/** Word's clipboard HTML: lists as styled paragraphs with typed bullets. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body lang=SV>
<p class=MsoNormal style='font-family:"Calibri";color:#1F3864'><b><span style='font-size:12pt'>Viktigt</span></b><span style='font-size:12pt'> att läsa.</span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]><span style='color:red'>Första punkten</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>Andra punkten</p>
</body></html>`;

async function expectAccessible(page: Page, where: string) {
  assert.deepEqual(await findAxeViolations(page), [], `axe-överträdelser på ${where}`);
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor();
}

/** Polls the API until the server has the Inledning order the page shows. */
async function waitForServerOrder(page: Page, expected: string[]) {
  const planId = await page.evaluate(async () => {
    const path = location.pathname.split('/');
    const response = await fetch(`/api/v1/plans?year=${path[2]}&organisationId=${path[4]}&kind=plan`);
    return (await response.json())[0].id as string;
  });
  for (let i = 0; i < 50; i++) {
    const sections = (await (
      await page.request.get(new URL(`/api/v1/plans/${planId}/sections`, page.url()).href)
    ).json()) as Array<{
      part: string;
      heading: string;
    }>;
    const order = sections.filter((s) => s.part === 'intro').map((s) => s.heading);
    if (JSON.stringify(order) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.fail('Servern fick aldrig den nya ordningen.');
}

async function openUnitPlan(context: BrowserContext, server: WebServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/ar/2025`);
  await page
    .getByRole('navigation', { name: 'Organisationer' })
    .getByRole('link', { name: /Norrviks hemtjänst/ })
    .click();
  await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
  await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
  return page;
}

describe('the unit plan in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await startWebServer(database);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(context);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the start page, the organisation and the plan by links, each page accessible', async () => {
    page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: /^Planering \d{4}$/ }).waitFor();
    await page.getByLabel('Planeringsår').selectOption('2025');
    await page.getByRole('heading', { level: 1, name: 'Planering 2025' }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'start'), [], 'axe-överträdelser på startsidan');

    await page
      .getByRole('navigation', { name: 'Organisationer' })
      .getByRole('link', { name: /Norrviks hemtjänst/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Norrviks hemtjänst/ }).waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Brödsmulor' });
    assert.equal(await crumbs.getByRole('link', { name: 'Norrviks stadsdelsnämnd' }).count(), 1);
    await page.getByRole('heading', { name: 'Det här saknas i planen' }).waitFor();
    assert.deepEqual(
      await checkBothWidths(page, 'organisation'),
      [],
      'axe-överträdelser på organisationssidan',
    );

    await page.getByRole('link', { name: 'Öppna verksamhetsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
    await page.getByRole('region', { name: BOARD_GOAL }).waitFor();
    assert.deepEqual(await checkBothWidths(page, 'unit-plan'), [], 'axe-överträdelser på planredigeraren');

    // Each thing the completeness panel lists is a link to the field where it is fixed.
    await page
      .getByRole('link', { name: /Nämndmålet ”Nämndens verksamheter bedrivs inom given budgetram”/ })
      .click();
    const budgetGoal = page.getByRole('region', {
      name: /^Nämndmål: Nämndens verksamheter bedrivs inom given budgetram/,
    });
    assert.equal(
      await budgetGoal
        .getByLabel('Rubrik för nytt enhetsmål')
        .evaluate((el) => el === document.activeElement),
      true,
    );
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: 'Organisationer' }).click();
    await page
      .getByRole('navigation', { name: 'Organisationer' })
      .getByLabel('Sök organisation')
      .fill('famil');
    await page
      .getByRole('navigation', { name: 'Organisationer' })
      .getByRole('link', { name: /Familjeenheten/ })
      .waitFor();
    await expectAccessible(page, 'planredigeraren i mobilbredd med organisationsträdet öppet');
    await page.getByRole('button', { name: 'Organisationer' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('adds a unit goal, a target, an activity and a budget row that survive a reload', async () => {
    const boardGoal = page.getByRole('region', { name: BOARD_GOAL });
    await boardGoal.getByLabel('Rubrik för nytt enhetsmål').fill(UNIT_GOAL);
    await boardGoal.getByRole('button', { name: 'Lägg till enhetsmål' }).click();
    const unitGoal = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await unitGoal.waitFor();

    await unitGoal.getByRole('textbox', { name: 'Förväntat resultat' }).click();
    await unitGoal
      .getByRole('toolbar', { name: 'Formatering: Förväntat resultat' })
      .getByRole('button', { name: 'Punktlista' })
      .click();
    await page.keyboard.type('Tre nya praktikplatser');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Två brukare får anställning');
    await unitGoal.getByRole('textbox', { name: 'Uppföljning' }).click();
    await page.keyboard.type('Följs upp i tertialrapporterna.');

    await page.getByRole('textbox', { name: `Enhetens årsmål för ${KF_INDICATOR}` }).fill('85,5');

    await unitGoal.getByLabel('Ny aktivitet', { exact: true }).fill('Studiebesök hos lokala arbetsgivare');
    await unitGoal.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await unitGoal.getByLabel('Aktivitet', { exact: true }).waitFor();

    const budget = page.getByRole('region', { name: 'Budget 2025' });
    await budget.getByLabel('Ny budgetrad', { exact: true }).fill('Hyror');
    await budget.getByLabel('Grupp för ny rad').selectOption('cost');
    await budget.getByRole('button', { name: 'Lägg till rad' }).click();
    const amount = budget.getByLabel('Budget för Hyror (tkr)');
    await amount.fill('1 200');
    // Net is computed live from what is typed, signed as the 2025 PDF prints a simple table:
    // costs − revenue = (86 200 + 12 200 + 1 200) − 98 400.
    await budget
      .getByRole('row', { name: /^Netto \(kostnader − intäkter/ })
      .getByText('1 200', { exact: true })
      .waitFor();
    await waitUntilSaved(page);
    await expectAccessible(page, 'planredigeraren med nytt enhetsmål');

    await page.reload();
    const reloaded = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await reloaded.waitFor();
    const expected = reloaded.getByRole('textbox', { name: 'Förväntat resultat' });
    assert.deepEqual(await expected.locator('li').allInnerTexts(), [
      'Tre nya praktikplatser',
      'Två brukare får anställning',
    ]);
    assert.equal(
      await reloaded.getByRole('textbox', { name: 'Uppföljning' }).innerText(),
      'Följs upp i tertialrapporterna.',
    );
    assert.equal(
      await page.getByRole('textbox', { name: `Enhetens årsmål för ${KF_INDICATOR}` }).inputValue(),
      '85,5',
    );
    assert.equal(
      await reloaded.getByLabel('Aktivitet', { exact: true }).inputValue(),
      'Studiebesök hos lokala arbetsgivare',
    );
    assert.equal(await page.getByLabel('Budget för Hyror (tkr)').inputValue(), '1 200');
  });

  it('keeps text typed just before a reload', async () => {
    const unitGoal = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await unitGoal.getByRole('textbox', { name: 'Utveckling' }).click();
    await page.keyboard.type('Utvidga samarbetet till fler företag.');
    await page.reload();
    const after = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await after.getByRole('textbox', { name: 'Utveckling' }).getByText('Utvidga samarbetet').waitFor();
    await waitUntilSaved(page);
  });

  it('keeps an edit made without a connection and saves it when the connection is back', async () => {
    const dnr = page.getByRole('textbox', { name: 'Diarienummer (dnr)' });
    await context.setOffline(true);
    await dnr.fill('NO 2024-999');
    await page.getByRole('status').filter({ hasText: 'Ej sparat – ingen kontakt' }).waitFor();
    await context.setOffline(false);
    await waitUntilSaved(page);
    await page.reload();
    assert.equal(await page.getByRole('textbox', { name: 'Diarienummer (dnr)' }).inputValue(), 'NO 2024-999');
  });

  it('keeps lists and drops styling when text is pasted from Word', async () => {
    const unitGoal = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    const field = unitGoal.getByRole('textbox', { name: 'Arbetssätt' });
    await field.click();
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Första punkten\nAndra punkten');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, WORD_HTML);
    assert.deepEqual(await field.locator('li').allInnerTexts(), ['Första punkten', 'Andra punkten']);
    assert.equal(await field.locator('[style], [class], span, font').count(), 0);
    assert.equal(await field.locator('strong').innerText(), 'Viktigt');
    await waitUntilSaved(page);
    await page.reload();
    const reloaded = page
      .getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` })
      .getByRole('textbox', { name: 'Arbetssätt' });
    await reloaded.locator('li').first().waitFor();
    assert.deepEqual(await reloaded.locator('li').allInnerTexts(), ['Första punkten', 'Andra punkten']);
  });

  it('shows a conflicting edit from another browser with both versions and keeps the chosen one', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await server.signIn(other);
    const theirs = await openUnitPlan(other, server);
    const theirGoal = theirs.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await theirGoal.getByRole('textbox', { name: 'Uppföljning' }).click();
    await theirs.keyboard.press('End');
    await theirs.keyboard.type(' Ändrat av kollegan.');
    await waitUntilSaved(theirs);

    const mine = page.getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` });
    await mine.getByRole('textbox', { name: 'Uppföljning' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Min egen ändring.');
    const conflict = mine.getByRole('alert').filter({ hasText: 'Någon annan har ändrat samma sak' });
    await conflict.waitFor();
    await conflict
      .getByRole('region', { name: 'Din version: Uppföljning' })
      .getByText('Min egen ändring')
      .waitFor();
    await conflict
      .getByRole('region', { name: 'Sparad version: Uppföljning' })
      .getByText('Ändrat av kollegan')
      .waitFor();
    assert.deepEqual(
      await checkBothWidths(page, 'conflict', conflict),
      [],
      'axe-överträdelser på konfliktvyn',
    );

    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await waitUntilSaved(page);
    await theirs.reload();
    await theirs
      .getByRole('region', { name: `Enhetsmål: ${UNIT_GOAL}` })
      .getByRole('textbox', { name: 'Uppföljning' })
      .getByText('Min egen ändring')
      .waitFor();
    await other.close();
  });

  it('leads from the start page back to the plan with what is still missing', async () => {
    await page.goto(`${server.url}/ar/2025`);
    const mine = page.getByRole('region', { name: 'Norrviks hemtjänst: verksamhetsplan 2025' });
    await mine
      .getByRole('link', { name: /Nämndmålet ”Nämndens verksamheter bedrivs inom given budgetram”/ })
      .waitFor();
    assert.equal(await mine.getByRole('link', { name: /Fler personer med funktionsnedsättning/ }).count(), 0);
    await expectAccessible(page, 'startsidan med den egna planen');
    await mine.getByRole('link', { name: 'Fortsätt skriva verksamhetsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: /Verksamhetsplan 2025/ }).waitFor();
  });

  it('reorders Inledning sections by keyboard and keeps the order after a reload', async () => {
    const intro = page.getByRole('region', { name: 'Inledning' });
    const headings = () => intro.getByRole('heading', { level: 3 }).allInnerTexts();
    const before = await headings();
    assert.equal(before[0], 'Enhetens uppdrag');
    await intro.getByRole('button', { name: 'Flytta ner Enhetens uppdrag' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Flytta ner Enhetens uppdrag',
    );
    const moved = [before[1], before[2], before[0], ...before.slice(3)];
    assert.deepEqual(await headings(), moved);
    await waitForServerOrder(page, moved as string[]);
    await page.reload();
    await page
      .getByRole('region', { name: 'Inledning' })
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor();
    assert.deepEqual(await headings(), moved);
  });

  it('adds an Inledning section from a recommended heading and puts the cursor in it', async () => {
    const intro = page.getByRole('region', { name: 'Inledning' });
    await intro.getByRole('button', { name: 'Ledarskapsidé', exact: true }).click();
    const section = intro.getByRole('region', { name: 'Ledarskapsidé' });
    await section.waitFor();
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'Ledarskapsidé',
    );
    await section.getByRole('textbox', { name: 'Text under Ledarskapsidé' }).click();
    await page.keyboard.type('Tillitsbaserad styrning med korta beslutsvägar.');
    await waitUntilSaved(page);
    assert.equal(await intro.getByRole('button', { name: 'Ledarskapsidé', exact: true }).count(), 0);
  });

  it('chooses which inherited indicators the plan shows, and remembers the choice', async () => {
    const name = 'Andel brukare som är nöjda med sitt stöd';
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/visibility') && r.request().method() === 'PUT',
    );
    await page.getByRole('checkbox', { name: `Visas – ${name}` }).uncheck();
    await page.getByRole('checkbox', { name: `Dold – ${name}` }).waitFor();
    assert.equal((await saved).ok(), true);
    await page.reload();
    assert.equal(await page.getByRole('checkbox', { name: `Dold – ${name}` }).isChecked(), false);
  });

  it('lists the inherited indicators the plan leaves out on request, and shows one that is chosen', async () => {
    const more = page.locator('details', { hasText: /Fler indikatorer att välja bland/ }).first();
    await more.locator('summary').click();
    const hidden = more.getByRole('checkbox', { name: /^Dold – / }).first();
    await hidden.waitFor();
    const text = await hidden.evaluate((el) => el.closest('label')?.textContent ?? '');
    const name = text.replace(/^Dold\s*–\s*/, '').trim();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/visibility') && r.request().method() === 'PUT',
    );
    await hidden.check();
    assert.equal((await saved).ok(), true);
    await page.reload();
    await page.getByRole('checkbox', { name: `Visas – ${name}` }).waitFor();
  });
});
