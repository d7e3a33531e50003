import type { PlanRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import type { PlanInput, PlanPatch, PlanVisibilityInput } from '../shared/schemas/plan.ts';
import { assertCan, getReadablePlan, listDraftScope, planActionFor } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertPlanWritable } from './plan-workflow.ts';
import { deleteRecord, findRecord, insertRecord, recordAudit, updateRecord } from './record.ts';
import { ensureYear } from './year.ts';

export async function listPlans(ctx: Ctx, filter: { year?: number; organisationId?: string; kind?: string }) {
  let query = ctx.db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .selectAll('plan')
    .select(['organisation.name as organisationName', 'organisation.kind as organisationKind'])
    .orderBy('plan.year')
    .orderBy('organisation.name');
  if (filter.year !== undefined) query = query.where('plan.year', '=', filter.year);
  if (filter.organisationId) query = query.where('plan.organisationId', '=', filter.organisationId);
  if (filter.kind) query = query.where('plan.kind', '=', filter.kind as PlanRow['kind']);
  // Drafts only within the person's organisations and below; decided and published plans to everyone.
  const scope = await listDraftScope(ctx);
  if (scope)
    query = query.where((eb) =>
      eb.or([
        eb('plan.status', 'in', ['decided', 'published']),
        ...(scope.length ? [eb('plan.organisationId', 'in', scope)] : []),
      ]),
    );
  return query.execute();
}

/** Refuses a draft outside the person's organisations (the plan-scoped reads all start here). */
export async function getPlan(ctx: Ctx, id: string): Promise<PlanRow> {
  return getReadablePlan(ctx, id);
}

export async function findPlan(
  ctx: Ctx,
  organisationId: string,
  year: number,
  kind: PlanRow['kind'] = 'plan',
) {
  return ctx.db
    .selectFrom('plan')
    .selectAll()
    .where('organisationId', '=', organisationId)
    .where('year', '=', year)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function createPlan(ctx: Ctx, input: PlanInput): Promise<PlanRow> {
  return inTransaction(ctx, async (trx) => {
    const org = await findRecord(trx.db, 'organisation', input.organisationId);
    if (!org) throw invalid('organisationId', `Organisationen ${input.organisationId} finns inte.`);
    await assertCan(trx, planActionFor(input.kind, 'write'), input);
    await ensureYear(trx, input.year);
    if (await findPlan(trx, input.organisationId, input.year, input.kind)) {
      throw new AppError(
        'CONFLICT',
        `${org.name} har redan en plan av den typen för ${input.year}. Öppna den i stället.`,
      );
    }
    return insertRecord(trx, 'plan', input);
  });
}

export async function updatePlan(ctx: Ctx, id: string, patch: PlanPatch): Promise<PlanRow> {
  return inTransaction(ctx, async (trx) => {
    await assertPlanWritable(trx, id);
    const { version, ...values } = patch;
    return updateRecord(trx, 'plan', id, version, values);
  });
}

export async function deletePlan(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertPlanWritable(trx, id);
    return deleteRecord(trx, 'plan', id, version);
  });
}

/** Which inherited (council and board) goals and indicator placements the plan shows. */
export async function getPlanVisibility(ctx: Ctx, planId: string) {
  await getReadablePlan(ctx, planId);
  const [goals, placements] = await Promise.all([
    ctx.db.selectFrom('planGoal').select('goalId').where('planId', '=', planId).execute(),
    ctx.db.selectFrom('planPlacement').select('placementId').where('planId', '=', planId).execute(),
  ]);
  return { goalIds: goals.map((g) => g.goalId), placementIds: placements.map((p) => p.placementId) };
}

/**
 * Replaces the shown sets, refusing (409) when a replaced set is no longer the one the client read. The plan row is
 * locked first, so concurrent choices are applied one after the other and the later one sees the earlier: the result
 * is always one client's set, never a union. Only the difference is written; a choice that changes nothing writes
 * nothing and leaves no audit row. Over HTTP `expected` is required; trusted callers (import, seeding) may omit it.
 */
export async function setPlanVisibility(
  ctx: Ctx,
  planId: string,
  input: Omit<PlanVisibilityInput, 'expected'> & { expected?: PlanVisibilityInput['expected'] },
) {
  return inTransaction(ctx, async (trx) => {
    await trx.db.selectFrom('plan').select('id').where('id', '=', planId).forUpdate().execute();
    const plan = await assertPlanWritable(trx, planId);
    const before = await getPlanVisibility(trx, planId);
    const { expected } = input;
    const stale =
      expected &&
      ((input.goalIds && !sameSet(expected.goalIds, before.goalIds)) ||
        (input.placementIds && !sameSet(expected.placementIds, before.placementIds)));
    if (stale) {
      throw new AppError(
        'CONFLICT',
        'Någon annan har ändrat vilka ärvda mål och indikatorer planen visar sedan du öppnade den. Sidan visar nu det sparade valet; gör ditt val igen om det behövs.',
        { current: before },
      );
    }
    let changed = false;
    if (input.goalIds) {
      const goalIds = [...new Set(input.goalIds)];
      if (goalIds.length > 0) {
        const goals = await trx.db
          .selectFrom('goal')
          .select(['id', 'year', 'level'])
          .where('id', 'in', goalIds)
          .execute();
        const bad = goalIds.find(
          (id) => !goals.some((g) => g.id === id && g.year === plan.year && g.level !== 'unit'),
        );
        if (bad) throw invalid('goalIds', `Målet ${bad} finns inte bland årets KF- och nämndmål.`);
      }
      const { added, removed } = difference(before.goalIds, goalIds);
      if (removed.length > 0)
        await trx.db
          .deleteFrom('planGoal')
          .where('planId', '=', planId)
          .where('goalId', 'in', removed)
          .execute();
      if (added.length > 0)
        await trx.db
          .insertInto('planGoal')
          .values(added.map((goalId) => ({ planId, goalId })))
          .execute();
      changed ||= added.length + removed.length > 0;
    }
    if (input.placementIds) {
      const placementIds = [...new Set(input.placementIds)];
      if (placementIds.length > 0) {
        const found = await trx.db
          .selectFrom('placement')
          .select('id')
          .where('id', 'in', placementIds)
          .execute();
        const bad = placementIds.find((id) => !found.some((p) => p.id === id));
        if (bad) throw invalid('placementIds', `Indikatorplaceringen ${bad} finns inte.`);
      }
      const { added, removed } = difference(before.placementIds, placementIds);
      if (removed.length > 0)
        await trx.db
          .deleteFrom('planPlacement')
          .where('planId', '=', planId)
          .where('placementId', 'in', removed)
          .execute();
      if (added.length > 0)
        await trx.db
          .insertInto('planPlacement')
          .values(added.map((placementId) => ({ planId, placementId })))
          .execute();
      changed ||= added.length + removed.length > 0;
    }
    if (!changed) return before;
    const after = await getPlanVisibility(trx, planId);
    await recordAudit(trx, 'planVisibility', planId, 'update', before, after);
    return after;
  });
}

function sameSet(a: string[], b: string[]) {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

function difference(before: string[], after: string[]) {
  const old = new Set(before);
  const next = new Set(after);
  return { added: after.filter((id) => !old.has(id)), removed: before.filter((id) => !next.has(id)) };
}
