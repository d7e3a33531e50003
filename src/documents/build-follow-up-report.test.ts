import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { hasCommand, pdfText } from '../../test/helpers/documents.ts';
import { ANALYSIS, buildReportedT1 } from '../../test/helpers/follow-up-report.ts';
import { readZip } from '../../test/helpers/zip.ts';
import { ensureReport } from '../services/follow-up-report.ts';
import { createPlacement } from '../services/placement.ts';
import { buildFollowUpReport } from './build-follow-up-report.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

const ctx = await openTestContext();
const m = await buildReportedT1(ctx);
const report = await buildFollowUpReport(ctx.db, m.report.id);

const headings = (r: PlanReport) =>
  r.body
    .filter((b): b is ReportHeading => b.kind === 'heading')
    .map((h) => (h.label ? `${h.label}: ${h.text}` : h.text));
const tables = (r: PlanReport, caption: RegExp) =>
  r.body.filter((b): b is ReportTable => b.kind === 'table' && caption.test(b.caption));

describe('buildFollowUpReport', () => {
  it('names the report by period and organisation', () => {
    assert.equal(report.front.title, 'Tertialrapport 1 2025');
    assert.equal(report.front.subtitle, m.unit.name);
    assert.equal(report.meta.planId, m.report.id);
  });

  it('puts each goal with its assessment and analysis in document order', () => {
    const h = headings(report);
    const goal = h.findIndex((t) => t === 'Enhetsmål: Fler brukare får en praktikplats');
    assert.ok(h.indexOf('Sammanfattning') < goal && goal > 0, h.join(' | '));
    assert.equal(h[goal + 1], 'Bedömning');
    assert.equal(h[goal + 2], 'Analys');
    const text = report.body.flatMap((b) => (b.kind === 'markdown' ? [b.markdown] : []));
    assert.ok(text.includes('**Delvis uppfyllt**'));
    assert.ok(text.includes(ANALYSIS));
  });

  it('shows outcomes against the targets for total, women and men, compared in words', () => {
    const [table] = tables(report, /^Indikatorer för Fler brukare/);
    assert.ok(table);
    assert.deepEqual(
      table.rows.map((r) => r.cells.slice(1, 5)),
      [
        ['Totalt', '40 %', '42 %', 'Målet nått'],
        ['Kvinnor', '45 %', '41,5 %', 'Målet inte nått'],
        ['Män', '35 %', '43 %', 'Målet nått'],
      ],
    );
    assert.match(table.rows[1]!.cells[5]!, /Preliminärt\. Färre kvinnor sökte praktik/);
  });

  it('counts the goals by assessment and lists activity status and the economy with deviation', () => {
    const [summary] = tables(report, /^Måluppfyllelse$/);
    assert.deepEqual(summary!.rows.find((r) => r.cells[0] === 'Delvis uppfyllt')!.cells, [
      'Delvis uppfyllt',
      '1',
    ]);
    const [activities] = tables(report, /^Aktiviteter för/);
    assert.deepEqual(activities!.rows[0]!.cells.slice(2), ['Påbörjad', 'Halvvägs']);
    const [economy] = tables(report, /^Daglig verksamhet$/);
    const cost = economy!.rows.find((r) => r.cells[0] === 'Personalkostnader')!;
    // Cost 400 tkr over budget is 400 worse than budget: deviation −400 in the plan's convention.
    assert.deepEqual(cost.cells, [
      'Personalkostnader',
      '9 500',
      '9 900',
      '-400',
      'Vikarier under sjukfrånvaro',
    ]);
  });

  it('renders as HTML with the assessment and the outcomes', () => {
    const html = renderHtml(report);
    assert.match(html, /<h1><span class="doc-name">Tertialrapport 1 2025<\/span>/);
    assert.match(html, /Delvis uppfyllt/);
    assert.match(html, /41,5 %/);
  });

  it('renders as a PDF whose text shows the assessment, the analysis and the outcomes', {
    skip: !hasCommand('pdftotext'),
  }, async () => {
    const text = pdfText(await renderPdf(report));
    for (const expected of [
      'Tertialrapport 1 2025',
      'Delvis uppfyllt',
      ANALYSIS,
      '41,5 %',
      'Målet inte nått',
      'Påbörjad',
    ])
      assert.ok(text.includes(expected), `"${expected}" saknas i PDF-texten`);
  });

  it('renders as a Word document that opens and holds the same text', async () => {
    const files = readZip(await renderDocx(report));
    const xml = files.get('word/document.xml')!.toString('utf8');
    for (const expected of [
      'Tertialrapport 1 2025',
      'Delvis uppfyllt',
      'Färre kvinnor sökte praktik',
      'Vikarier under sjukfrånvaro',
    ])
      assert.ok(xml.includes(expected), `"${expected}" saknas i Word-filen`);
  });

  it("prints a board's consolidated indicators as its units' values rolled up, with how many reported", async () => {
    await createPlacement(ctx, { indicatorId: m.indicator.id, goalId: m.boardGoal.id });
    const board = await ensureReport(ctx, { organisationId: m.board.id, year: m.year, period: 'T1' });
    const boardReport = await buildFollowUpReport(ctx.db, board.id);
    const [table] = tables(boardReport, /^Indikatorer för Personer med funktionsnedsättning/);
    assert.ok(table, headings(boardReport).join(' | '));
    // The mean of the one unit that reported; the board's second unit has not.
    assert.deepEqual(table.rows[0]!.cells.slice(1), [
      'Totalt',
      '',
      '42 %',
      'Inget mätbart mål',
      'Beräknat ur 1 av 2 enheters värden',
    ]);
  });
});
