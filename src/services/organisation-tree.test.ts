import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { createGoal } from './goal.ts';
import { listOrganisations, updateOrganisation } from './organisation.ts';
import { findBoardOf, listAncestors } from './organisation-tree.ts';
import { createPlan } from './plan.ts';
import { buildPlanTree } from './plan-tree.ts';

const ctx = await openTestContext();

describe('time-versioned organisation tree', () => {
  it('keeps last year under the old board when a unit moves to another board', async () => {
    const m = await buildMunicipality(ctx, 2025);
    const moved = await updateOrganisation(ctx, m.unit.id, {
      version: m.unit.version,
      parentId: m.otherBoard.id,
      movedOn: '2026-01-01',
    });
    assert.equal(moved.parentId, m.otherBoard.id);
    assert.equal((await findBoardOf(ctx, m.unit.id, 2025))?.id, m.board.id);
    assert.equal((await findBoardOf(ctx, m.unit.id, 2026))?.id, m.otherBoard.id);
    assert.equal(
      (await findBoardOf(ctx, m.unit.id))?.id,
      m.otherBoard.id,
      'without a year: the current tree',
    );

    const tree2025 = await buildPlanTree(ctx, m.plan.id);
    assert.equal(tree2025.board?.id, m.board.id, 'the 2025 plan still belongs to the old board');
    const plan2026 = await createPlan(ctx, { organisationId: m.unit.id, year: 2026, kind: 'plan' });
    assert.equal((await buildPlanTree(ctx, plan2026.id)).board?.id, m.otherBoard.id);

    const units2025 = await listOrganisations(ctx, { year: 2025 });
    assert.equal(units2025.find((o) => o.id === m.unit.id)?.parentId, m.board.id);
    const units2026 = await listOrganisations(ctx, { year: 2026 });
    assert.equal(units2026.find((o) => o.id === m.unit.id)?.parentId, m.otherBoard.id);
  });

  it('checks a unit goal against the board the unit had in the goal’s year', async () => {
    const m = await buildMunicipality(ctx, 2025);
    await updateOrganisation(ctx, m.unit.id, {
      version: m.unit.version,
      parentId: m.otherBoard.id,
      movedOn: '2026-01-01',
    });
    const goal = await createGoal(ctx, {
      year: 2025,
      level: 'unit',
      organisationId: m.unit.id,
      parentId: m.boardGoal.id,
      title: 'Mål från tiden under den gamla nämnden',
    });
    assert.equal(goal.parentId, m.boardGoal.id);
  });

  it('corrects a placement when the move is dated on the placement’s own start', async () => {
    const m = await buildMunicipality(ctx, 2025);
    await updateOrganisation(ctx, m.unit.id, {
      version: m.unit.version,
      parentId: m.otherBoard.id,
      movedOn: '1900-01-01',
    });
    const chain = await listAncestors(ctx, { organisationId: m.unit.id, year: 2025 });
    assert.deepEqual(
      chain.map((o) => o.kind),
      ['unit', 'board', 'city'],
    );
    assert.equal(chain[1]!.id, m.otherBoard.id);
    const links = await ctx.db
      .selectFrom('organisationParent')
      .selectAll()
      .where('organisationId', '=', m.unit.id)
      .execute();
    assert.equal(links.length, 1);
  });
});
