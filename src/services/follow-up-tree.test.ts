import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp, completeAndSubmit } from '../../test/helpers/follow-up.ts';
import type { ReportGoal } from '../shared/schemas/follow-up-views.ts';
import { writeActivityStatus, writeAssessment } from './assessment.ts';
import { ensureReport } from './follow-up-report.ts';
import { buildFollowUpTree } from './follow-up-tree.ts';
import { getThreshold, setThreshold, writeForecast } from './forecast.ts';
import { createIndicator } from './indicator.ts';
import { writeOutcome } from './outcome.ts';
import { createPlacement } from './placement.ts';
import { submitPlan } from './plan-workflow.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);

const flatten = (goals: readonly ReportGoal[]): ReportGoal[] =>
  goals.flatMap((g) => [g, ...flatten(g.children)]);
const rejects = (promise: Promise<unknown>, code: string, pattern: RegExp) =>
  assert.rejects(
    promise,
    (e: { code: string; message: string }) => e.code === code && pattern.test(e.message),
  );

describe('follow-up report tree', () => {
  it('lists the goal chain in document order with what is missing before submitting', async () => {
    const tree = await buildFollowUpTree(ctx, f.t1.id);
    assert.equal(tree.report.period, 'T1');
    assert.equal(tree.deadline, '2025-05-10');
    assert.deepEqual(
      flatten(tree.goals).map((g) => g.level),
      ['city_direction', 'city_area', 'board', 'unit'],
    );
    const unitGoal = flatten(tree.goals).find((g) => g.id === f.unitGoal.id)!;
    const visits = unitGoal.indicators.find((i) => i.indicatorId === f.visits.id)!;
    assert.equal(visits.due, true);
    assert.equal(visits.outcomes[0]!.comparison, 'no_value');
    assert.deepEqual(tree.completeness.missing.map((m) => m.kind).sort(), [
      'activity',
      'assessment',
      'forecast',
      'forecast',
      'outcome',
    ]);
    assert.equal(tree.completeness.complete, false);
    // The yearly, gender-split council indicator is not due in T1, so nothing is asked for it.
    const area = flatten(tree.goals).find((g) => g.id === f.area.id)!;
    assert.equal(area.indicators.length, 0, 'inherited indicators appear only when the plan shows them');
  });

  it('is complete once outcomes, assessment, activity status and forecasts are in', async () => {
    await writeOutcome(ctx, {
      indicatorId: f.visits.id,
      organisationId: f.unit.id,
      year: f.year,
      period: 'T1',
      gender: 'T',
      value: 280,
      status: 'final',
      comment: '',
    });
    const assessment = await writeAssessment(ctx, f.t1.id, {
      goalId: f.unitGoal.id,
      assessment: 'partly',
      analysis: 'Besöken ökar men når inte målet.',
    });
    await writeActivityStatus(ctx, f.t1.id, { activityId: f.activity.id, status: 'started', comment: '' });
    await writeForecast(ctx, f.t1.id, {
      budgetRowId: f.revenue.id,
      forecast: 1000,
      outcome: null,
      comment: '',
    });
    await writeForecast(ctx, f.t1.id, { budgetRowId: f.cost.id, forecast: 5200, outcome: null, comment: '' });
    const tree = await buildFollowUpTree(ctx, f.t1.id);
    assert.deepEqual(tree.completeness, { complete: true, missing: [] });
    const unitGoal = flatten(tree.goals).find((g) => g.id === f.unitGoal.id)!;
    assert.equal(unitGoal.assessment?.assessment, 'partly');
    const visits = unitGoal.indicators[0]!;
    assert.equal(visits.outcomes[0]!.latest?.value, 280);
    assert.equal(visits.outcomes[0]!.comparison, 'not_met', '280 is below the target 300');
    const table = tree.budgetTables[0]!;
    assert.equal(table.rows[1]!.forecast?.deviation, -200, 'a cost 200 over budget is a deviation of −200');
    assert.equal(table.summary.deviation, -200);

    await rejects(
      writeAssessment(ctx, f.t1.id, { goalId: f.unitGoal.id, assessment: 'fulfilled', analysis: '' }),
      'CONFLICT',
      /Ladda om sidan/,
    );
    const changed = await writeAssessment(ctx, f.t1.id, {
      goalId: f.unitGoal.id,
      assessment: 'fulfilled',
      analysis: 'Uppnått.',
      version: assessment.version,
    });
    assert.equal(changed.version, assessment.version + 1);
  });

  it('asks the board for its units’ assessments side by side', async () => {
    const boardT1 = await ensureReport(ctx, { organisationId: f.board.id, year: f.year, period: 'T1' });
    const tree = await buildFollowUpTree(ctx, boardT1.id);
    const boardGoal = flatten(tree.goals).find((g) => g.id === f.boardGoal.id)!;
    assert.deepEqual(
      boardGoal.below.map((b) => [b.name, b.assessment]),
      [
        [f.unit.name, null],
        [f.otherUnit.name, null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // The unit's own goal answering the board goal sits under it with the unit's assessment (set above).
    const unit = boardGoal.below.find((b) => b.organisationId === f.unit.id)!;
    assert.deepEqual(
      unit.goals.map((g) => [g.id, g.assessment]),
      [[f.unitGoal.id, 'fulfilled']],
    );
    const other = boardGoal.below.find((b) => b.organisationId === f.otherUnit.id)!;
    assert.ok(
      other.goals.every((g) => g.assessment === null),
      'nothing assessed yet by the other unit',
    );
  });

  it('needs a comment when the deviation exceeds the board’s threshold', async () => {
    await rejects(setThreshold(ctx, f.unit.id, { amount: 100 }), 'INVALID', /per nämnd/);
    await setThreshold(ctx, f.board.id, { amount: 100 });
    assert.equal((await getThreshold(ctx, f.unit.id)).amount, 100, 'a unit follows its board’s threshold');
    const t2 = await ensureReport(ctx, { organisationId: f.unit.id, year: f.year, period: 'T2' });
    const over = { budgetRowId: f.cost.id, forecast: 5300, outcome: null, comment: '' };
    await rejects(writeForecast(ctx, t2.id, over), 'INVALID', /mer än nämndens gräns på 100 tkr/);
    const saved = await writeForecast(ctx, t2.id, { ...over, comment: 'Fler timanställda under sommaren.' });
    assert.deepEqual([saved.deviation, saved.overThreshold], [-300, true]);
    const monthly = await writeForecast(ctx, t2.id, {
      ...over,
      period: '2025-06',
      forecast: 5000,
      comment: '',
    });
    assert.equal(monthly.deviation, 0);
    await rejects(writeForecast(ctx, t2.id, { ...over, period: '2025-02' }), 'INVALID', /månad inom/);
    await rejects(writeForecast(ctx, t2.id, { ...over, outcome: 5100 }), 'INVALID', /verksamhetsberättelsen/);
    // The tree lists the report's four months per row, the June forecast in its place with its deviation.
    const cost = (await buildFollowUpTree(ctx, t2.id)).budgetTables[0]!.rows.find((r) => r.id === f.cost.id)!;
    assert.deepEqual(
      cost.months.map((m) => [m.period, m.forecast?.forecast ?? null, m.forecast?.deviation ?? null]),
      [
        ['2025-05', null, null],
        ['2025-06', 5000, 0],
        ['2025-07', null, null],
        ['2025-08', null, null],
      ],
    );
    assert.equal(cost.forecast?.forecast, 5300, 'the tertial forecast stays apart from the months');
  });

  it('refuses assessments and statuses once the report is submitted', async () => {
    const t1 = await ensureReport(ctx, { organisationId: f.unit.id, year: f.year, period: 'T1' });
    await completeAndSubmit(ctx, t1.id);
    await rejects(
      writeActivityStatus(ctx, t1.id, { activityId: f.activity.id, status: 'completed', comment: '' }),
      'FORBIDDEN',
      /Tertialrapport 1 2025 är inskickad/,
    );
    const tree = await buildFollowUpTree(ctx, t1.id);
    assert.equal(tree.report.writable, false);
  });

  it('refuses a goal of another organisation', async () => {
    const other = await ensureReport(ctx, { organisationId: f.otherUnit.id, year: f.year, period: 'T1' });
    await rejects(
      writeAssessment(ctx, other.id, { goalId: f.unitGoal.id, assessment: 'fulfilled', analysis: '' }),
      'INVALID',
      /hör inte till rapportens/,
    );
  });

  it('asks a monthly indicator for a value in each month of the report', async () => {
    const calls = await createIndicator(ctx, {
      name: 'Antal samtal',
      unit: 'st',
      valueKind: 'number',
      direction: 'increase',
      periodicity: 'month',
      genderSplit: false,
      consolidation: 'sum',
    });
    await createPlacement(ctx, { indicatorId: calls.id, goalId: f.unitGoal.id });
    const t2 = await ensureReport(ctx, { organisationId: f.unit.id, year: f.year, period: 'T2' });
    const scope = { indicatorId: calls.id, organisationId: f.unit.id, year: f.year, gender: 'T' as const };
    await writeOutcome(ctx, { ...scope, period: '2025-06', value: 40, status: 'final', comment: '' });
    await writeOutcome(ctx, { ...scope, period: '2025-08', value: 45, status: 'preliminary', comment: '' });
    await rejects(
      writeOutcome(ctx, { ...scope, period: 'T2', value: 45, status: 'final', comment: '' }),
      'INVALID',
      /varje månad|månad/,
    );
    const tree = await buildFollowUpTree(ctx, t2.id);
    const indicator = flatten(tree.goals)
      .flatMap((g) => g.indicators)
      .find((i) => i.indicatorId === calls.id)!;
    assert.equal(indicator.valuePeriod, '2025-08');
    assert.equal(indicator.outcomes[0]!.latest?.value, 45);
    assert.deepEqual(
      indicator.earlier.map((m) => [m.period, m.outcomes[0]!.latest?.value ?? null]),
      [
        ['2025-05', null],
        ['2025-06', 40],
        ['2025-07', null],
      ],
    );
  });
});
