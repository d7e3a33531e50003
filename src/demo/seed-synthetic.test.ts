import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildPlanTree } from '../services/plan-tree.ts';
import { seedSynthetic } from './seed-synthetic.ts';

const ctx = await openTestContext();

describe('synthetic city', () => {
  it('builds a plan per unit and year whose tree follows the goal chain', async () => {
    const result = await seedSynthetic(ctx.db, { boards: 3, units: 12, indicators: 20, years: [2025, 2026] });
    assert.equal(result.planIds.length, 24);
    const tree = await buildPlanTree(ctx, result.planIds[5]!);
    const unitGoals = tree.goals.flatMap((d) =>
      d.children.flatMap((a) => a.children.flatMap((b) => b.children)),
    );
    assert.equal(unitGoals.length, 3);
    assert.ok(unitGoals.every((g) => g.own && g.level === 'unit'));
    const shownIndicators = tree.goals.flatMap((d) =>
      d.children.flatMap((a) => a.indicators.filter((i) => i.shown)),
    );
    assert.ok(shownIndicators.length > 0);
    assert.equal(tree.budgetTables[0]!.rows.length, 2);
  });

  it('gives every unit outcomes in every period the periodicity asks for, gender-split where due', async () => {
    const result = await seedSynthetic(ctx.db, {
      boards: 2,
      units: 4,
      indicators: 12,
      years: [2027],
      outcomeIndicators: 12,
    });
    // Indicator i is tertial when i % 3 = 0 and gender-split when i % 4 = 0: per unit 9 (i = 0),
    // 3·3 (i = 3, 6, 9), 2·3 (i = 4, 8) and 6 yearly totals = 30 rows; 4 units.
    assert.equal(result.outcomes, 120);
    const rows = await ctx.db
      .selectFrom('outcome')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('year', '=', 2027)
      .executeTakeFirstOrThrow();
    assert.equal(Number(rows.n), result.outcomes);
    const periods = await ctx.db
      .selectFrom('outcome')
      .select('period')
      .distinct()
      .where('year', '=', 2027)
      .execute();
    assert.deepEqual(periods.map((p) => p.period).sort(), ['T1', 'T2', 'VB']);
    const split = await ctx.db
      .selectFrom('outcome')
      .select('id')
      .where('gender', '=', 'K')
      .where('year', '=', 2027)
      .execute();
    assert.ok(split.length > 0);
  });
});
