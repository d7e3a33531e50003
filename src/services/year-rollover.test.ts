import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { createPlanSection } from './plan-section.ts';
import { rolloverYear } from './year-rollover.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const unitGoal = await addUnitGoal(ctx, m);
await createPlanSection(ctx, m.plan.id, {
  part: 'intro',
  heading: 'Inledning',
  body: 'Enheten arbetar 2025 med …',
});

async function snapshot(year: number) {
  const goals = await ctx.db.selectFrom('goal').selectAll().where('year', '=', year).orderBy('id').execute();
  const plans = await ctx.db.selectFrom('plan').selectAll().where('year', '=', year).orderBy('id').execute();
  const sections = await ctx.db
    .selectFrom('planSection')
    .innerJoin('plan', 'plan.id', 'planSection.planId')
    .selectAll('planSection')
    .where('plan.year', '=', year)
    .orderBy('planSection.id')
    .execute();
  return JSON.stringify({ goals, plans, sections });
}

describe('year rollover', () => {
  it('a dry run reports what it would carry and writes nothing', async () => {
    const report = await rolloverYear(ctx, { from: 2025, to: 2026, dryRun: true });
    assert.ok(report.goals >= 4 && report.plans >= 1, JSON.stringify(report));
    assert.equal(await snapshot(2026), JSON.stringify({ goals: [], plans: [], sections: [] }));
  });

  it('carries the goal chain and plans into the new year linked by lineage, leaving the old year untouched', async () => {
    const before = await snapshot(2025);
    const report = await rolloverYear(ctx, { from: 2025, to: 2026 });
    assert.equal(await snapshot(2025), before);
    const old = await ctx.db.selectFrom('goal').selectAll().where('year', '=', 2025).execute();
    const carried = await ctx.db.selectFrom('goal').selectAll().where('year', '=', 2026).execute();
    assert.equal(carried.length, old.length);
    assert.equal(report.goals, old.length);
    assert.deepEqual(carried.map((g) => g.lineageId).sort(), old.map((g) => g.lineageId).sort());
    const newUnitGoal = carried.find((g) => g.lineageId === unitGoal.lineageId)!;
    const parent = carried.find((g) => g.id === newUnitGoal.parentId)!;
    assert.equal(parent.year, 2026, 'the unit goal hangs under the carried board goal');
    const plan = await ctx.db
      .selectFrom('plan')
      .selectAll()
      .where('year', '=', 2026)
      .where('organisationId', '=', m.unit.id)
      .executeTakeFirstOrThrow();
    assert.equal(plan.status, 'draft');
    const sections = await ctx.db
      .selectFrom('planSection')
      .selectAll()
      .where('planId', '=', plan.id)
      .execute();
    assert.ok(sections.some((s) => s.heading === 'Inledning'));
    const placements = await ctx.db
      .selectFrom('placement')
      .innerJoin('goal', 'goal.id', 'placement.goalId')
      .select('placement.indicatorId')
      .where('goal.year', '=', 2026)
      .execute();
    assert.ok(placements.some((p) => p.indicatorId === m.indicator.id));
  });

  it('refuses a year that already has goals, changing nothing', async () => {
    const before = await snapshot(2026);
    await assert.rejects(rolloverYear(ctx, { from: 2025, to: 2026 }), /År 2026 har redan mål/);
    assert.equal(await snapshot(2026), before);
  });
});
