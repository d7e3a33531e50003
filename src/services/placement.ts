import { invalid } from '../domain/errors.ts';
import type { Reorder } from '../shared/schemas/common.ts';
import type { PlacementInput } from '../shared/schemas/indicator.ts';
import { assertCanWrite } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { deleteRecord, findRecord, getRecord, insertRecord, reorderRecords } from './record.ts';

export async function listPlacements(ctx: Ctx, filter: { goalId?: string; indicatorId?: string }) {
  let query = ctx.db.selectFrom('placement').selectAll().orderBy('sortOrder').orderBy('createdAt');
  if (filter.goalId) query = query.where('goalId', '=', filter.goalId);
  if (filter.indicatorId) query = query.where('indicatorId', '=', filter.indicatorId);
  return query.execute();
}

export async function createPlacement(ctx: Ctx, input: PlacementInput) {
  return inTransaction(ctx, async (trx) => {
    if (!(await findRecord(trx.db, 'indicator', input.indicatorId))) {
      throw invalid('indicatorId', `Indikatorn ${input.indicatorId} finns inte.`);
    }
    const goal = await findRecord(trx.db, 'goal', input.goalId);
    if (!goal) throw invalid('goalId', `Målet ${input.goalId} finns inte.`);
    // Placing an indicator under a goal changes that goal's content, so it belongs to the goal's owner.
    await assertCanWrite(trx, goal.organisationId);
    // The goal's placements counted and the indicator looked for among them in one round trip.
    const under = await trx.db
      .selectFrom('placement')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.countAll().filterWhere('indicatorId', '=', input.indicatorId).as('same'),
      ])
      .where('goalId', '=', input.goalId)
      .executeTakeFirstOrThrow();
    if (Number(under.same) > 0)
      throw invalid('indicatorId', 'Indikatorn är redan placerad under det här målet.');
    return insertRecord(trx, 'placement', { ...input, sortOrder: input.sortOrder ?? Number(under.n) });
  });
}

export async function deletePlacement(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    const placement = await getRecord(trx.db, 'placement', id);
    await assertCanWrite(trx, (await getRecord(trx.db, 'goal', placement.goalId)).organisationId);
    return deleteRecord(trx, 'placement', id, version);
  });
}

export async function reorderPlacements(ctx: Ctx, goalId: string, order: Reorder) {
  return inTransaction(ctx, async (trx) => {
    await assertCanWrite(trx, (await getRecord(trx.db, 'goal', goalId)).organisationId);
    const all = await listPlacements(trx, { goalId });
    await reorderRecords(
      trx,
      'placement',
      goalId,
      order,
      all.map((p) => p.id),
    );
  });
}
