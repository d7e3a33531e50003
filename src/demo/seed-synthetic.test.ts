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
});
