import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import {
  AWKWARD_TITLE,
  buildEdgeCasePlan,
  findDemoPlans,
  hasCommand,
  normalise,
  pdfText,
} from '../../test/helpers/documents.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { AppError } from '../domain/errors.ts';
import { buildPlanReport } from './build-plan-report.ts';
import { closeBrowser, findChromium, getBrowser } from './chromium.ts';
import { countPages } from './pdf-file.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

const ctx = await openTestContext();
await seedDemo(ctx);
const demo = await findDemoPlans(ctx);
const edge = await buildEdgeCasePlan(ctx);
after(() => closeBrowser());

const skip =
  !findChromium() || !hasCommand('pdftotext') || !hasCommand('pdftoppm')
    ? 'Chromium (apt-get install chromium) eller poppler-utils saknas'
    : false;

const cache = new Map<string, Promise<{ report: PlanReport; pdf: Uint8Array }>>();
function rendered(planId: string) {
  if (!cache.has(planId))
    cache.set(
      planId,
      buildPlanReport(ctx.db, planId).then(async (report) => ({ report, pdf: await renderPdf(report) })),
    );
  return cache.get(planId)!;
}

const headingText = (h: ReportHeading) => (h.label ? `${h.label}: ${h.text}` : h.text);
const headingsOf = (r: PlanReport) => r.body.filter((b): b is ReportHeading => b.kind === 'heading');

/** The page each body heading lands on, found in document order page by page. */
function landingPages(report: PlanReport, pdf: Uint8Array): Map<string, number> {
  const pages = Array.from({ length: countPages(pdf) }, (_, i) => pdfText(pdf, i + 1));
  const firstBody = Math.min(...report.toc.map((e) => tocNumbers(report, pdf).get(e.id)!));
  const result = new Map<string, number>();
  let page = firstBody;
  let offset = 0;
  for (const h of headingsOf(report)) {
    const text = normalise(headingText(h));
    for (; page <= pages.length; page++, offset = 0) {
      const at = pages[page - 1]!.indexOf(text, offset);
      if (at >= 0) {
        offset = at + text.length;
        break;
      }
    }
    assert.ok(page <= pages.length, `heading "${text}" was not found in order`);
    result.set(h.id, page);
  }
  return result;
}

/** The page numbers printed in the table of contents on page 1 (and 2 if it runs over). */
function tocNumbers(report: PlanReport, pdf: Uint8Array): Map<string, number> {
  const text = `${pdfText(pdf, 1)} ${pdfText(pdf, 2)}`;
  const result = new Map<string, number>();
  for (const entry of report.toc) {
    const escaped = normalise(entry.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`${escaped} (\\d+)`).exec(text);
    assert.ok(m, `contents entry "${entry.text}" with a page number`);
    result.set(entry.id, Number(m[1]));
  }
  return result;
}

describe('renderPdf', { skip }, () => {
  for (const [kind, planId] of [
    ['unit', () => demo.unitPlanId],
    ['board', () => demo.boardPlanId],
  ] as const) {
    it(`prints every heading in order and every indicator row of the demo ${kind} plan`, async () => {
      const { report, pdf } = await rendered(planId());
      const pages = landingPages(report, pdf);
      assert.equal(pages.size, headingsOf(report).length);
      const text = pdfText(pdf);
      const rows = report.body
        .filter((b): b is ReportTable => b.kind === 'table' && b.role === 'indicators')
        .flatMap((t) => t.rows);
      assert.ok(rows.length > 0);
      for (const row of rows)
        assert.ok(text.includes(normalise(row.cells.filter(Boolean).join(' '))), row.cells[0]);
    });

    it(`numbers the contents with the pages the headings land on (${kind})`, async () => {
      const { report, pdf } = await rendered(planId());
      const printed = tocNumbers(report, pdf);
      const actual = landingPages(report, pdf);
      for (const entry of report.toc) assert.equal(printed.get(entry.id), actual.get(entry.id), entry.text);
    });

    it(`prints "Sid x (y)" on every page and leaves no heading last on a page (${kind})`, async () => {
      const { report, pdf } = await rendered(planId());
      const total = countPages(pdf);
      const footer = normalise(`${report.meta.title} ${report.meta.documentDate ?? ''}`);
      const texts = headingsOf(report).map((h) => normalise(headingText(h)));
      for (let page = 1; page <= total; page++) {
        const text = pdfText(pdf, page);
        const header = `${report.meta.issuer}${report.meta.dnr ? ` Dnr: ${report.meta.dnr}` : ''} Sid ${page} (${total})`;
        assert.ok(text.includes(normalise(header)), `page ${page} header`);
        const content = text.replace(normalise(header), '').replace(footer, '').trim();
        if (page < total)
          assert.ok(!texts.some((h) => content.endsWith(h)), `page ${page} ends with a heading`);
      }
    });
  }

  it('writes the first three pages of a unit and a board plan as PNGs for review', async () => {
    mkdirSync('test-output/documents', { recursive: true });
    for (const [name, id] of [
      ['demo-unit-plan', demo.unitPlanId],
      ['demo-board-plan', demo.boardPlanId],
    ] as const) {
      const { pdf } = await rendered(id);
      const out = spawnSync(
        'pdftoppm',
        ['-png', '-r', '60', '-f', '1', '-l', '3', '-', `test-output/documents/${name}`],
        {
          input: pdf,
        },
      );
      assert.equal(out.status, 0, String(out.stderr));
    }
  });

  it('is a tagged PDF in Swedish with bookmarks, metadata and embedded fonts', async () => {
    const { report, pdf } = await rendered(demo.unitPlanId);
    const info = spawnSync('pdfinfo', ['-'], { input: pdf }).stdout.toString('utf8');
    assert.match(info, /Title:\s+Verksamhetsplan 2025 – Norrviks hemtjänst/);
    assert.match(info, /Author:\s+Karin Lindqvist/);
    assert.match(info, /Subject:\s+Verksamhetsplan 2025, Norrviks hemtjänst/);
    assert.match(info, /Tagged:\s+yes/);
    assert.match(info, /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const raw = Buffer.from(pdf).toString('latin1');
    assert.ok(raw.includes('/Lang (sv)'));
    assert.ok(raw.includes('/Outlines'));
    assert.ok(raw.includes('/DisplayDocTitle true'));
    const fonts = spawnSync('pdffonts', ['-'], { input: pdf }).stdout.toString('utf8').split('\n').slice(2);
    const rows = fonts.filter((l) => l.trim());
    assert.ok(rows.length > 0);
    for (const row of rows)
      assert.match(row, /\byes\s+yes\s+yes\b/, `embedded subset with ToUnicode: ${row}`);
    assert.ok(report.toc.length > 0);
  });

  it('survives long lists, a three-page text, a wide table, an empty section and awkward characters', async () => {
    const { report, pdf } = await rendered(edge.plan.id);
    const text = pdfText(pdf);
    assert.ok(text.includes(`Enhetsmål: ${AWKWARD_TITLE}`));
    assert.ok(text.includes('Följs upp med <script>alert("x")</script> & annat.'));
    for (let i = 1; i <= 45; i++)
      assert.ok(text.includes(`Förväntat resultat nummer ${i} med lite text`), `item ${i}`);
    assert.equal(text.split('följer upp dem tillsammans med brukaren').length - 1, 40);
    const waysPages = Array.from({ length: countPages(pdf) }, (_, i) => pdfText(pdf, i + 1)).filter((t) =>
      t.includes('följer upp dem tillsammans med brukaren'),
    );
    assert.ok(waysPages.length >= 3, `Arbetssätt spans ${waysPages.length} pages`);
    assert.match(text, /Tomt avsnitt KF:s inriktningsmål: 1\. En stad som håller samman/);
    const pages = landingPages(report, pdf);
    const printed = tocNumbers(report, pdf);
    for (const entry of report.toc) assert.equal(printed.get(entry.id), pages.get(entry.id), entry.text);
  });

  it('repeats the indicator table header on the next page when the table breaks', async () => {
    const { pdf } = await rendered(edge.plan.id);
    const pageOf = (needle: string) =>
      Array.from({ length: countPages(pdf) }, (_, i) => i + 1).find((p) => pdfText(pdf, p).includes(needle))!;
    const first = pageOf('Indikator 1 om kvalitet');
    const last = pageOf('Indikator 34 om kvalitet');
    assert.ok(last > first, 'the 35-row table runs over a page break');
    const header = 'Indikator Årsmål KF:s årsmål år 2025 Periodicitet';
    assert.ok(pdfText(pdf, first).includes(header));
    assert.ok(pdfText(pdf, last).includes(header), 'header row repeated after the break');
  });

  it('keeps a table wider than the page inside the printable width', async () => {
    const report = await buildPlanReport(ctx.db, edge.plan.id);
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 624, height: 900 } });
    try {
      const page = await context.newPage();
      await page.setContent(renderHtml(report, { print: true }));
      await page.emulateMedia({ media: 'print' });
      const overflow = await page.evaluate(() => {
        const article = document.querySelector('.plan-document')!.getBoundingClientRect();
        return [...document.querySelectorAll('table')].map(
          (t) => t.getBoundingClientRect().right - article.right,
        );
      });
      assert.ok(overflow.length > 0);
      for (const px of overflow) assert.ok(px <= 1, `a table sticks out by ${px}px`);
    } finally {
      await context.close();
    }
  });
});

describe('renderPdf without Chromium', () => {
  it('answers UNAVAILABLE and says how to install Chromium', async () => {
    const report = await buildPlanReport(ctx.db, edge.plan.id);
    await assert.rejects(
      renderPdf(report, { chromiumPath: '/saknas/chromium' }),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'UNAVAILABLE' &&
        error.message.includes('apt-get install chromium') &&
        error.message.includes('CHROMIUM_PATH'),
    );
  });
});
