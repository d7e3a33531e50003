import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { AWKWARD_TITLE, buildEdgeCasePlan, findDemoPlans } from '../../test/helpers/documents.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { buildPlanTree } from '../services/plan-tree.ts';
import { assemblePlanReport, buildPlanReport } from './build-plan-report.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';
import { TEMPLATES, templateFor } from './templates.ts';

const ctx = await openTestContext();
await seedDemo(ctx);
const demo = await findDemoPlans(ctx);

const headings = (r: PlanReport) =>
  r.body
    .filter((b): b is ReportHeading => b.kind === 'heading')
    .map((h) => (h.label ? `${h.label}: ${h.text}` : h.text));
const tables = (r: PlanReport, role: ReportTable['role']) =>
  r.body.filter((b): b is ReportTable => b.kind === 'table' && b.role === role);

describe('buildPlanReport', () => {
  it('lays out a unit plan in the order of the real plans', async () => {
    const report = await buildPlanReport(ctx.db, demo.unitPlanId);
    const h = headings(report);
    let from = 0;
    for (const prefix of [
      'Inledning',
      'Enhetens uppdrag',
      'KF:s inriktningsmål: 1. Ett Sjövik',
      'KF:s mål för verksamhetsområdet: 1.1 ',
      'Nämndmål: Äldre och personer',
      'Beskrivning',
      'Förväntat resultat',
      'Enhetsmål: Omsorgstagarna möter',
      'Förväntat resultat',
      'Arbetssätt',
      'Redovisning av ekonomi',
      'Resursanvändning',
      'Budget 2025',
      'Övrigt',
      'Systematiskt kvalitetsarbete',
    ]) {
      const found = h.findIndex((t, i) => i >= from && t.startsWith(prefix));
      assert.ok(found >= 0, `"${prefix}" after heading ${from}: ${h.slice(from).join(' | ')}`);
      from = found + 1;
    }
    assert.equal(report.front.title, 'Verksamhetsplan 2025');
    assert.equal(report.front.subtitle, 'Norrviks hemtjänst');
    assert.equal(report.front.decision, null);
    assert.deepEqual(
      report.front.letterhead.flat().map((l) => l.value),
      [
        'NO 2024-100',
        '2025-02-20',
        'Handläggare',
        'Karin Lindqvist',
        '08-555 120 40',
        'Till',
        'Norrviks stadsdelsnämnd',
      ],
    );
  });

  it('puts only shown goals and chosen indicators in the document', async () => {
    const tree = await buildPlanTree(ctx, demo.unitPlanId);
    const report = await buildPlanReport(ctx.db, demo.unitPlanId);
    const text = headings(report).join('\n');
    const walk = (goals: typeof tree.goals): typeof tree.goals =>
      goals.flatMap((g) => [g, ...walk(g.children)]);
    const goals = walk(tree.goals);
    for (const goal of goals.filter((g) => !g.shown)) assert.ok(!text.includes(goal.title), goal.title);
    const rows = tables(report, 'indicators').flatMap((t) => t.rows.map((r) => r.cells[0]));
    const shown = goals.flatMap((g) =>
      g.shown ? g.indicators.filter((i) => i.shown).map((i) => i.name) : [],
    );
    assert.deepEqual(rows, shown);
    assert.ok(rows.length > 0);
    const hidden = goals.flatMap((g) => g.indicators.filter((i) => !i.shown));
    assert.ok(hidden.length > 0, 'the demo leaves some inherited indicators out');
  });

  it('prints the indicator table with own and council targets under the year template headers', async () => {
    const report = await buildPlanReport(ctx.db, demo.unitPlanId);
    const [first] = tables(report, 'indicators');
    assert.deepEqual(
      first!.columns.map((c) => c.text),
      ['Indikator', 'Årsmål', 'KF:s årsmål år 2025', 'Periodicitet'],
    );
    assert.deepEqual(first!.rows[0]!.cells, [
      'Andel brukare som är nöjda med sitt stöd',
      '88 %',
      '85 %',
      'År',
    ]);
    const [activities] = tables(report, 'activities');
    assert.deepEqual(
      activities!.columns.map((c) => c.text),
      ['Aktivitet', 'Startdatum', 'Slutdatum'],
    );
    assert.match(activities!.rows[0]!.cells[1]!, /^2025-\d\d-\d\d$/);
  });

  it('shows a board plan with the board goals, their indicators and activities', async () => {
    const report = await buildPlanReport(ctx.db, demo.boardPlanId);
    assert.equal(report.meta.scope, 'board');
    const h = headings(report);
    assert.ok(
      h.includes('Nämndmål: Äldre och personer med funktionsnedsättning får ett tryggt stöd av hög kvalitet'),
    );
    assert.ok(!h.some((t) => t.startsWith('Enhetsmål')), 'no unit goals in a board plan');
    assert.ok(
      report.toc.some((e) => e.text.startsWith('Nämndmål:')),
      'board goals are listed in the contents',
    );
    assert.ok(
      tables(report, 'indicators').some((t) =>
        t.rows.some((r) => r.cells[0] === 'Andel verksamheter med utsett måltidsombud'),
      ),
    );
    assert.ok(tables(report, 'activities').length > 0);
  });

  it('lists the contents down to council area goals with the economy and Övrigt sections', async () => {
    const report = await buildPlanReport(ctx.db, demo.unitPlanId);
    const toc = report.toc.map((e) => e.text);
    assert.equal(toc[0], 'Inledning');
    assert.ok(
      toc.includes('Redovisning av ekonomi') && toc.includes('Budget 2025') && toc.includes('Övrigt'),
    );
    assert.ok(
      !toc.some((t) => t.startsWith('Nämndmål') || t.startsWith('Enhetsmål') || t === 'Enhetens uppdrag'),
    );
  });

  it('keeps awkward characters and empty sections as data', async () => {
    const m = await buildEdgeCasePlan(ctx);
    const report = await buildPlanReport(ctx.db, m.plan.id);
    const h = headings(report);
    assert.ok(h.includes(`Enhetsmål: ${AWKWARD_TITLE}`));
    const empty = report.body.findIndex((b) => b.kind === 'heading' && b.text === 'Tomt avsnitt');
    assert.equal(
      report.body[empty + 1]?.kind,
      'heading',
      'an empty section is a heading with nothing under it',
    );
    const [indicators] = tables(report, 'indicators');
    assert.deepEqual(indicators!.rows[0]!.cells, [
      'Andel nöjda brukare',
      '90 % (kvinnor 92 %, män 88 %)',
      '',
      'År',
    ]);
    const [budget] = tables(report, 'budget');
    assert.deepEqual(
      budget!.rows.map((r) => r.cells),
      [
        ['Intäkter', '1 400', '1 400', '0'],
        ['Kostnader', '-9 500', '-9 700', '-200'],
        ['Netto (tkr)', '-8 100', '-8 300', '-200'],
      ],
    );
  });
});

describe('templates', () => {
  it('chooses the generation by year unless the planning year names one', () => {
    assert.equal(templateFor(2020).key, 'kf-2019');
    assert.equal(templateFor(2022).key, 'kf-2021');
    assert.equal(templateFor(2025).key, 'kf-2023');
    assert.equal(templateFor(2025, 'standard').key, 'kf-2023');
    assert.equal(templateFor(2025, 'kf-2021').key, 'kf-2021');
  });

  it('prints the 2022 title form, decision block, headers and budget signs from the template', async () => {
    const tree = await buildPlanTree(ctx, demo.unitPlanId);
    const old = assemblePlanReport(tree, TEMPLATES['kf-2021']!);
    assert.equal(old.front.title, 'Verksamhetsplan 2025 för Norrviks hemtjänst');
    assert.equal(old.front.subtitle, null);
    assert.equal(old.front.decision?.heading, 'Förslag till beslut');
    assert.equal(tables(old, 'indicators')[0]!.columns[2]!.text, 'KF:s årsmål');
    const budget = tables(old, 'budget')[0]!;
    assert.deepEqual(
      budget.rows.map((r) => r.cells),
      [
        ['Intäkter', '-98 400'],
        ['Löner', '86 200'],
        ['Övriga kostnader', '12 200'],
        ['Netto', '0'],
      ],
    );
    const oldest = assemblePlanReport(tree, TEMPLATES['kf-2019']!);
    assert.ok(headings(oldest).includes('Uppföljning av ekonomi'));
    assert.deepEqual(tables(oldest, 'budget')[0]!.rows.at(-1)!.cells, ['Netto', '0']);
  });

  it('prints a category budget box with group rows and sums, net cost positive', async () => {
    const rows = await ctx.db
      .selectFrom('plan')
      .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
      .select('plan.id')
      .where('organisation.name', '=', 'Enheten för daglig verksamhet')
      .where('plan.year', '=', 2025)
      .where('plan.kind', '=', 'plan')
      .executeTakeFirstOrThrow();
    const report = await buildPlanReport(ctx.db, rows.id);
    const box = tables(report, 'budget')[0]!;
    assert.equal(box.columns[0]!.text, 'Beloppen anges i tkr');
    assert.deepEqual(
      box.rows.filter((r) => r.style).map((r) => [r.style, ...r.cells]),
      [
        ['group', 'Intäkter', ''],
        ['sum', 'Summa intäkter', '39 500'],
        ['group', 'Kostnader', ''],
        ['sum', 'Summa kostnader', '39 500'],
        ['total', 'Summa netto', '0'],
      ],
    );
  });
});
