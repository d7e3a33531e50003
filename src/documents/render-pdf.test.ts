import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import {
  AWKWARD_TITLE,
  buildEdgeCasePlan,
  findDemoPlans,
  hasCommand,
  normalise,
  pdfInfo,
  pdfPageCount,
  pdfText,
} from '../../test/helpers/documents.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { buildPlanReport } from './build-plan-report.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';
import { layoutContentsPages, renderPdf } from './render-pdf.ts';

const ctx = await openTestContext();
await seedDemo(ctx);
const demo = await findDemoPlans(ctx);
const edge = await buildEdgeCasePlan(ctx);

const skip = !hasCommand('pdftotext') || !hasCommand('pdfinfo') ? 'poppler-utils saknas' : false;

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
const pageTexts = new WeakMap<Uint8Array, string[]>();
function pagesOf(pdf: Uint8Array): string[] {
  if (!pageTexts.has(pdf))
    pageTexts.set(
      pdf,
      Array.from({ length: pdfPageCount(pdf) }, (_, i) => pdfText(pdf, i + 1)),
    );
  return pageTexts.get(pdf)!;
}

/** The page each body heading lands on, found in document order page by page. */
function landingPages(report: PlanReport, pdf: Uint8Array): Map<string, number> {
  const pages = pagesOf(pdf);
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

/** The page numbers printed in the table of contents (after the dot leaders) on pages 1–2. */
function tocNumbers(report: PlanReport, pdf: Uint8Array): Map<string, number> {
  const [first = '', second = ''] = pagesOf(pdf);
  const text = `${first} ${second}`;
  const result = new Map<string, number>();
  for (const entry of report.toc) {
    const escaped = normalise(entry.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`${escaped}[ .]* (\\d+)`).exec(text);
    assert.ok(m, `contents entry "${entry.text}" with a page number`);
    result.set(entry.id, Number(m[1]));
  }
  return result;
}

describe('renderPdf (Typst)', { skip }, () => {
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
      // Cells wrap where the PDF has room; compare without spaces.
      const squeezed = text.replace(/ /g, '');
      for (const row of rows)
        assert.ok(squeezed.includes(row.cells.join('').replace(/\s/g, '')), row.cells[0]);
    });

    it(`numbers the contents with the pages the headings land on (${kind})`, async () => {
      const { report, pdf } = await rendered(planId());
      const printed = tocNumbers(report, pdf);
      const actual = landingPages(report, pdf);
      assert.ok(report.toc.length > 0);
      for (const entry of report.toc) assert.equal(printed.get(entry.id), actual.get(entry.id), entry.text);
      const layout = layoutContentsPages(report);
      for (const entry of report.toc) assert.equal(layout.get(entry.id), actual.get(entry.id), entry.text);
    });

    it(`prints "Sid x (y)" on every page and leaves no heading last on a page (${kind})`, async () => {
      const { report, pdf } = await rendered(planId());
      const total = pdfPageCount(pdf);
      assert.ok(total >= 2);
      const footer = normalise(`${report.meta.title} ${report.meta.documentDate ?? ''}`);
      const texts = headingsOf(report).map((h) => normalise(headingText(h)));
      for (let page = 1; page <= total; page++) {
        const text = pagesOf(pdf)[page - 1]!;
        const header = `${report.meta.issuer}${report.meta.dnr ? ` Dnr: ${report.meta.dnr}` : ''} Sid ${page} (${total})`;
        assert.ok(text.includes(normalise(header)), `page ${page} header`);
        assert.ok(text.includes(footer), `page ${page} footer`);
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
        { input: pdf },
      );
      assert.equal(out.status, 0, String(out.stderr));
    }
  });

  it('is PDF/UA-1: tagged, in Swedish, titled, with bookmarks and embedded fonts', async () => {
    const { pdf } = await rendered(demo.unitPlanId);
    const info = pdfInfo(pdf);
    assert.match(info, /Title:\s+Verksamhetsplan 2025 – Norrviks hemtjänst/);
    assert.match(info, /Author:\s+Karin Lindqvist/);
    assert.match(info, /Subject:\s+Verksamhetsplan 2025, Norrviks hemtjänst/);
    assert.match(info, /Tagged:\s+yes/);
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const raw = Buffer.from(pdf).toString('latin1');
    assert.match(raw, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(raw, /\/Lang \(sv-SE\)/);
    assert.ok(raw.includes('/Outlines'));
    assert.match(raw, /\/DisplayDocTitle true/);
    const fonts = spawnSync('pdffonts', ['-'], { input: pdf }).stdout.toString('utf8').split('\n').slice(2);
    const rows = fonts.filter((l) => l.trim());
    assert.ok(rows.length > 0);
    for (const row of rows)
      assert.match(row, /\byes\s+yes\s+yes\b/, `embedded subset with ToUnicode: ${row}`);
  });

  it('writes the archive copy as PDF/A-2a from the same template', async () => {
    const report = await buildPlanReport(ctx.db, demo.unitPlanId);
    const pdf = await renderPdf(report, { standard: 'a-2a' });
    const raw = Buffer.from(pdf).toString('latin1');
    assert.match(raw, /<pdfaid:part>2<\/pdfaid:part>/);
    assert.match(raw, /<pdfaid:conformance>A<\/pdfaid:conformance>/);
    assert.match(pdfInfo(pdf), /Tagged:\s+yes/);
    assert.equal(pdfText(pdf), pdfText((await rendered(demo.unitPlanId)).pdf));
  });

  it('survives long lists, a three-page text, a wide table, an empty section and awkward characters', async () => {
    const { report, pdf } = await rendered(edge.plan.id);
    const text = pdfText(pdf);
    assert.ok(text.includes(`Enhetsmål: ${AWKWARD_TITLE}`));
    assert.ok(text.includes('Följs upp med <script>alert("x")</script> & annat.'));
    for (let i = 1; i <= 45; i++)
      assert.ok(text.includes(`Förväntat resultat nummer ${i} med lite text`), `item ${i}`);
    assert.equal(text.split('följer upp dem tillsammans med brukaren').length - 1, 40);
    const waysPages = pagesOf(pdf).filter((t) => t.includes('följer upp dem tillsammans med brukaren'));
    assert.ok(waysPages.length >= 2, `Arbetssätt spans ${waysPages.length} pages`);
    assert.match(text, /Tomt avsnitt KF:s inriktningsmål: 1\. En stad som håller samman/);
    const pages = landingPages(report, pdf);
    const printed = tocNumbers(report, pdf);
    for (const entry of report.toc) assert.equal(printed.get(entry.id), pages.get(entry.id), entry.text);
  });

  it('repeats the indicator table header on the next page when the table breaks', async () => {
    const report = await buildPlanReport(ctx.db, edge.plan.id);
    const table = report.body.find(
      (b): b is ReportTable => b.kind === 'table' && b.role === 'indicators' && b.rows.length >= 35,
    )!;
    table.rows.push(
      ...Array.from({ length: 60 }, (_, i) => ({ cells: [`Extra indikator ${i + 1}`, '1 %', '2 %', 'År'] })),
    );
    const pages = pagesOf(await renderPdf(report));
    const pageOf = (needle: string) => pages.findIndex((t) => t.includes(needle)) + 1;
    const first = pageOf('Indikator 1 om kvalitet');
    const last = pageOf('Extra indikator 60 ');
    assert.ok(last > first, 'the 95-row table runs over a page break');
    const header = 'Indikator Årsmål KF:s årsmål år 2025 Periodicitet';
    for (let page = first; page <= last; page++)
      assert.ok(pages[page - 1]!.includes(header), `header row on page ${page}`);
  });
});

/** Strings that are Typst markup or code; each must come out as the same text, never be evaluated. */
const TYPST_SYNTAX = [
  '#panic("x")',
  '] * $ // < _ ` @ref = ~ \\ [',
  '#set text(size: 40pt) #let a = 1 #{ a }',
  '$ x^2 $ <etikett> /* kommentar */ #emph[lutande]',
];

function syntaxReport(): PlanReport {
  const [panic, brackets, set, math] = TYPST_SYNTAX as [string, string, string, string];
  return {
    meta: {
      planId: 'p',
      year: 2025,
      scope: 'unit',
      templateKey: 'kf-2023',
      title: `Verksamhetsplan ${panic}`,
      author: brackets,
      subject: set,
      language: 'sv',
      issuer: `Nämnd ${math}`,
      dnr: brackets,
      documentDate: set,
    },
    front: {
      issuer: `Nämnd ${math}`,
      letterhead: [[{ label: panic, value: brackets }]],
      title: `Verksamhetsplan ${panic}`,
      subtitle: set,
      decision: { heading: math, markdown: `Beslut ${panic}` },
    },
    tocHeading: 'Innehållsförteckning',
    toc: [{ id: 'sec-1', level: 2, text: `${panic}: ${brackets}` }],
    body: [
      {
        kind: 'heading',
        id: 'sec-1',
        level: 2,
        label: panic,
        text: brackets,
        toc: true,
        pageBreakBefore: true,
      },
      { kind: 'heading', id: 'sec-2', level: 4, label: null, text: set, toc: false },
      // Markdown's own specials (* _ ` \\ [ ]) are escaped: the text is what the user wrote.
      { kind: 'markdown', markdown: `Stycke ${panic} och #let x = 1 och $a$ och <b> // inte en kommentar` },
      { kind: 'markdown', markdown: `- punkt ${panic}\n- punkt \\] \\* \\$ \\_ \\\` \\\\` },
      {
        kind: 'table',
        role: 'indicators',
        caption: math,
        captionVisible: true,
        columns: [
          { text: panic, align: 'left', width: 50 },
          { text: brackets, align: 'right', width: 50 },
        ],
        rows: [{ cells: [set, math] }],
      },
    ],
  };
}

describe('renderPdf and Typst syntax in user text', { skip }, () => {
  it('prints text that looks like Typst markup or code verbatim', async () => {
    const pdf = await renderPdf(syntaxReport());
    const text = pdfText(pdf);
    for (const s of TYPST_SYNTAX) {
      const count = text.split(normalise(s)).length - 1;
      assert.ok(count >= 2, `"${s}" printed verbatim (found ${count} times)`);
    }
    assert.ok(text.includes('Stycke #panic("x") och #let x = 1 och $a$ och <b> // inte en kommentar'));
    assert.ok(text.includes('punkt ] * $ _ ` \\'));
    assert.match(pdfInfo(pdf), /Title:\s+Verksamhetsplan #panic\("x"\)/);
  });
});
