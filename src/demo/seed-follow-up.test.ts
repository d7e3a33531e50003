import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { getBoardReview } from '../services/board-review.ts';
import { getDashboard } from '../services/dashboard.ts';
import { buildFollowUpTree } from '../services/follow-up-tree.ts';
import { seedDemo } from './seed-demo.ts';

const ctx = await openTestContext();
await seedDemo(ctx);
const orgs = await ctx.db.selectFrom('organisation').select(['id', 'kind', 'name']).execute();
const boards = orgs.filter((o) => o.kind === 'board');
const city = orgs.find((o) => o.kind === 'city')!;
const reports = await ctx.db
  .selectFrom('plan')
  .select(['id', 'organisationId', 'year', 'kind', 'status'])
  .where('kind', '!=', 'plan')
  .execute();

describe('demo follow-up', () => {
  it('has T1, T2 and VB 2025 approved and complete for every unit, board and the city, and T1 2026 open', async () => {
    const reporting = orgs.filter((o) => o.kind !== 'department' && o.kind !== 'team');
    for (const kind of ['t1', 't2', 'annual'] as const) {
      const of2025 = reports.filter((r) => r.year === 2025 && r.kind === kind);
      assert.equal(of2025.length, reporting.length, `${kind} 2025 for every unit and board`);
      assert.ok(of2025.every((r) => r.status === 'approved'));
    }
    for (const r of reports.filter((r) => r.year === 2025)) {
      const tree = await buildFollowUpTree(ctx, r.id);
      assert.deepEqual(tree.completeness.missing, [], `${r.kind} of ${r.organisationId} is complete`);
    }
    const open = reports.filter((r) => r.year === 2026 && r.kind === 't1');
    assert.equal(open.length, reporting.length);
    assert.ok(open.every((r) => r.status === 'draft'));
  });

  it('shows late units, indicators behind target and gender-split values', async () => {
    const reviews = await Promise.all(
      boards.map((b) => getBoardReview(ctx, { organisationId: b.id, year: 2025, period: 'VB' })),
    );
    const late = reviews.flatMap((r) => r.units.filter((u) => u.late));
    assert.ok(late.length >= 1, 'some unit handed in its VB late');
    assert.ok(reviews.flatMap((r) => r.units).every((u) => u.status === 'approved'));
    const dashboard = await getDashboard(ctx, { organisationId: city.id, year: 2025, period: 'VB' });
    assert.ok(dashboard.indicatorsBehind.length >= 1, 'some indicator is behind its target');
    assert.equal(dashboard.goalsByAssessment.none, 0, 'the city assessed its goals');
    const t2 = await getDashboard(ctx, { organisationId: city.id, year: 2025, period: 'T2' });
    assert.equal(t2.unitsNotReported.length, 1, 'one board handed in its T2 late');
    const split = await ctx.db
      .selectFrom('outcome')
      .select('id')
      .where('gender', '=', 'K')
      .where('year', '=', 2025)
      .execute();
    assert.ok(split.length >= 1);
    assert.ok(
      dashboard.series.some(
        (s) => s.genderSplit && s.points.some((p) => p.gender === 'M' && p.value !== null),
      ),
    );
  });
});
