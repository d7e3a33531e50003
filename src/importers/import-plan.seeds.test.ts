import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { rowCounts } from '../../test/helpers/import.ts';
import { listActivities } from '../services/activity.ts';
import type { Ctx } from '../services/context.ts';
import { getPlanVisibility } from '../services/plan.ts';
import { importPlanFiles } from './import-files.ts';

const SEEDS = '/work/shared/seeds';
const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

// Per-plan counts of the printed plans (body only): goals per level, logical indicator rows, activity rows.
const EXPECTED: Record<string, { goals: number[]; indicators: number; activities: number }> = {
  'Stöd- och aktivitetsenheten': { goals: [3, 7, 7, 6], indicators: 5, activities: 6 },
  'Hägersten-Älvsjös hemtjänst': { goals: [3, 7, 7, 8], indicators: 9, activities: 14 },
  'Enheten Liljeholmens dagliga verksamhet': { goals: [3, 9, 10, 9], indicators: 12, activities: 12 },
  'Enheten för sysselsättning': { goals: [3, 6, 8, 7], indicators: 11, activities: 6 },
  Familjeenheten: { goals: [3, 5, 7, 9], indicators: 13, activities: 11 },
};

/** What the stored plan shows: chosen council and board goals plus the unit's own, with their rows. */
async function storedCounts(ctx: Ctx, planId: string) {
  const plan = await ctx.db.selectFrom('plan').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
  const visibility = await getPlanVisibility(ctx, planId);
  const own = await ctx.db
    .selectFrom('goal')
    .select(['id', 'level'])
    .where('organisationId', '=', plan.organisationId)
    .where('year', '=', plan.year)
    .execute();
  const shown = visibility.goalIds.length
    ? await ctx.db.selectFrom('goal').select(['id', 'level']).where('id', 'in', visibility.goalIds).execute()
    : [];
  const levels = ['city_direction', 'city_area', 'board', 'unit'];
  const goals = levels.map((l) => [...shown, ...own].filter((g) => g.level === l).length);
  const ownPlacements = own.length
    ? await ctx.db
        .selectFrom('placement')
        .select('id')
        .where(
          'goalId',
          'in',
          own.map((g) => g.id),
        )
        .execute()
    : [];
  const activities = await listActivities(ctx, { year: plan.year, visibleTo: plan.organisationId });
  return {
    goals,
    indicators: visibility.placementIds.length + ownPlacements.length,
    activities: activities.length,
  };
}

describe('importing the shared seed plans', {
  skip: files.length === 0 && 'no shared seeds here',
}, async () => {
  const ctx = await openTestContext();
  const input = files.map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

  it('stores every plan with the counts printed in its file', async () => {
    const result = await importPlanFiles(ctx, input);
    assert.ok(result.report.ok, JSON.stringify(result.report.plans.map((p) => p.error)));
    for (const report of result.report.plans) {
      const expected = EXPECTED[report.unit ?? ''];
      if (!expected) continue;
      assert.deepEqual(await storedCounts(ctx, report.planId!), expected, report.unit ?? '');
    }
    assert.equal(
      result.report.plans.filter((p) => EXPECTED[p.unit ?? '']).length,
      Math.min(5, result.plans.length),
    );
  });

  it('reports the copy drift between units of one board with line numbers', async () => {
    const result = await importPlanFiles(ctx, input, { dryRun: true });
    const drift = result.report.plans.flatMap((p) => p.warnings).filter((w) => w.code === 'goal_text_drift');
    if (files.some((f) => f.startsWith('004'))) {
      assert.ok(drift.some((w) => /tillgänghetsperspektiv/.test(w.message) && w.line > 500));
    }
  });

  it('changes nothing when the seeds are imported again', async () => {
    const before = await rowCounts(ctx);
    const result = await importPlanFiles(ctx, input);
    assert.deepEqual(await rowCounts(ctx), before);
    for (const plan of result.report.plans) {
      assert.equal(
        plan.goals.unit.created + plan.counts.activities.created + plan.counts.indicators.created,
        0,
      );
    }
  });
});
