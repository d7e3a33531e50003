import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp, completeAndSubmit } from '../../test/helpers/follow-up.ts';
import { aggregateOutcomes } from '../db/repos/rollup-aggregate.ts';
import { writeAssessment } from './assessment.ts';
import { getBoardReview } from './board-review.ts';
import { getDashboard } from './dashboard.ts';
import { ensureReport } from './follow-up-report.ts';
import { createIndicator, updateIndicator } from './indicator.ts';
import { createOrganisation } from './organisation.ts';
import { writeOutcome } from './outcome.ts';
import { createPlacement } from './placement.ts';
import { submitPlan } from './plan-workflow.ts';
import { getRollup } from './rollup.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const year = f.year;
// A third unit that reports nothing: it counts as missing.
const silent = await createOrganisation(ctx, { kind: 'unit', name: 'Tysta enheten', parentId: f.board.id });
const clients = await createIndicator(ctx, {
  name: 'Antal brukare',
  valueKind: 'number',
  direction: 'none',
  periodicity: 'tertial',
  genderSplit: false,
  consolidation: 'sum',
});
const put = (indicatorId: string, organisationId: string, value: number, gender: 'T' | 'K' | 'M' = 'T') =>
  writeOutcome(ctx, {
    indicatorId,
    organisationId,
    year,
    period: 'VB',
    gender,
    value,
    status: 'final',
    comment: '',
  });
await put(f.visits.id, f.unit.id, 100);
await put(f.visits.id, f.otherUnit.id, 50);
await put(f.indicator.id, f.unit.id, 90);
await put(f.indicator.id, f.unit.id, 95, 'K');
await put(f.indicator.id, f.otherUnit.id, 60);
await put(clients.id, f.unit.id, 10);
await put(clients.id, f.otherUnit.id, 30);

const rollup = (indicatorId: string, organisationId = f.board.id) =>
  getRollup(ctx, { indicatorId, organisationId, year, period: 'VB' });

describe('roll-up', () => {
  it('sums unit values for a board and the city and counts who is missing', async () => {
    const board = await rollup(f.visits.id);
    assert.deepEqual(
      board.values.map((v) => [v.gender, v.value, v.reported, v.missing]),
      [['T', 150, 2, 1]],
    );
    assert.equal((await rollup(f.visits.id, f.city.id)).values[0]!.value, 150);
    assert.equal(
      (await rollup(f.visits.id, f.unit.id)).values[0]!.value,
      100,
      'a unit’s roll-up is its own value',
    );
  });

  it('means, weighs by a weight indicator, and changes rule without losing a value', async () => {
    const mean = await rollup(f.indicator.id);
    assert.deepEqual(
      mean.values.map((v) => [v.gender, v.value, v.reported]),
      [
        ['T', 75, 2],
        ['K', 95, 1],
        ['M', null, 0],
      ],
    );
    const current = await ctx.db
      .selectFrom('indicator')
      .select('version')
      .where('id', '=', f.indicator.id)
      .executeTakeFirstOrThrow();
    await updateIndicator(ctx, f.indicator.id, {
      version: current.version,
      consolidation: 'weightedMean',
      weightIndicatorId: clients.id,
    });
    // (90·10 + 60·30) / 40 = 67.5; the K value weighs by the unit's total clients.
    const weighted = await rollup(f.indicator.id);
    assert.deepEqual(
      weighted.values.map((v) => v.value),
      [67.5, 95, null],
    );
    await updateIndicator(ctx, f.indicator.id, { version: current.version + 1, consolidation: 'none' });
    assert.deepEqual(
      (await rollup(f.indicator.id)).values.map((v) => v.value),
      [null, null, null],
    );
    await updateIndicator(ctx, f.indicator.id, {
      version: current.version + 2,
      consolidation: 'weightedMean',
    });
    assert.deepEqual(
      (await rollup(f.indicator.id)).values.map((v) => v.value),
      [67.5, 95, null],
    );
  });

  it('adds up in the database exactly as in the application', async () => {
    const rows = await aggregateOutcomes(ctx.db, {
      rootId: f.board.id,
      treeYear: year,
      indicatorIds: [f.indicator.id, f.visits.id],
      years: [year],
      periods: ['VB'],
    });
    const of = (indicatorId: string, gender: string) =>
      rows.find((r) => r.indicatorId === indicatorId && r.gender === gender)!;
    assert.deepEqual([of(f.visits.id, 'T').sum, of(f.visits.id, 'T').reported], [150, 2]);
    assert.equal(of(f.indicator.id, 'T').weightedMean, (await rollup(f.indicator.id)).values[0]!.value);
    assert.equal(of(f.indicator.id, 'K').weightedMean, 95);
  });
});

describe('board review and dashboard', () => {
  it('shows who submitted, who is late against the deadline, and their assessments', async () => {
    const report = await ensureReport(ctx, { organisationId: f.unit.id, year, period: 'T1' });
    await writeAssessment(ctx, report.id, { goalId: f.boardGoal.id, assessment: 'fulfilled', analysis: '' });
    await completeAndSubmit(ctx, report.id);
    // The test clock stands in January 2025: nobody is late for T1 (due 10 May) yet.
    const review = await getBoardReview(ctx, { organisationId: f.board.id, year, period: 'T1' });
    const unit = review.units.find((u) => u.organisation.id === f.unit.id)!;
    assert.deepEqual(
      [unit.status, unit.late, unit.assessments[f.boardGoal.id]],
      ['submitted', false, 'fulfilled'],
    );
    assert.deepEqual(
      review.units.map((u) => u.late),
      [false, false, false],
    );
    assert.ok(review.goals.some((g) => g.id === f.boardGoal.id));
    // A year later every unit without a submitted VB 2024 is late.
    const later = { ...ctx, now: () => new Date('2026-03-01T10:00:00Z') };
    const vb = await getBoardReview(later, { organisationId: f.board.id, year, period: 'VB' });
    assert.deepEqual(
      vb.units.map((u) => [u.status, u.late]),
      [
        [null, true],
        [null, true],
        [null, true],
      ],
    );
  });

  it('gives the city its goals by assessment, indicators behind target, late reporters and series', async () => {
    await createPlacement(ctx, { indicatorId: f.visits.id, goalId: f.area.id });
    const later = { ...ctx, now: () => new Date('2026-03-01T10:00:00Z') };
    const dash = await getDashboard(later, { organisationId: f.city.id, year, period: 'VB' });
    assert.equal(dash.goalsByAssessment.none, 2, 'the two council goals are not assessed');
    assert.deepEqual(dash.unitsNotReported.map((u) => u.organisation.kind).sort(), ['board', 'board']);
    const satisfaction = dash.series.find((s) => s.indicatorId === f.indicator.id)!;
    const vbPoint = satisfaction.points.find((p) => p.year === year && p.gender === 'T')!;
    assert.deepEqual([vbPoint.period, vbPoint.value, vbPoint.target], ['VB', 67.5, 80]);
    assert.deepEqual(
      dash.indicatorsBehind.map((b) => [b.name, b.gender, b.value, b.target]),
      [['Andel nöjda brukare', 'T', 67.5, 80]],
    );
    const visits = dash.series.find((s) => s.indicatorId === f.visits.id)!;
    assert.deepEqual(
      visits.points.filter((p) => p.year === year).map((p) => [p.period, p.value]),
      [
        ['T1', 313.4], // what completeAndSubmit filled in for the unit's T1
        ['T2', null],
        ['VB', 150],
      ],
    );
    assert.ok(silent.id);
  });
});

describe('roll-up in the database', () => {
  it('weighs each gender as the application does, also after a correction of the weight', async () => {
    await put(clients.id, f.otherUnit.id, 20, 'T');
    await put(f.indicator.id, f.otherUnit.id, 70, 'K');
    const aggregate = async () =>
      aggregateOutcomes(ctx.db, {
        rootId: f.board.id,
        treeYear: year,
        indicatorIds: [f.indicator.id],
        years: [year],
        periods: ['VB'],
      });
    const app = (await rollup(f.indicator.id)).values;
    const rows = await aggregate();
    for (const v of app) {
      const row = rows.find((r) => r.gender === v.gender);
      const value = row?.weightedMean == null ? null : Math.round(row.weightedMean * 1e4) / 1e4;
      assert.equal(value, v.value, `gender ${v.gender}`);
      assert.equal(row?.reported ?? 0, v.reported);
    }
    // (90·10 + 60·20) / 30 = 70 after the weight's correction; K weighs by the total: (95·10 + 70·20) / 30.
    assert.equal(rows.find((r) => r.gender === 'T')!.weightedMean, 70);
    assert.ok(Math.abs(rows.find((r) => r.gender === 'K')!.weightedMean! - 2350 / 30) < 1e-9);
  });
});
