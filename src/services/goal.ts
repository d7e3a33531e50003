import { sql } from 'kysely';
import type { GoalRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import { checkGoalParent, normaliseNumber, orgKindsFor } from '../domain/goal-rules.ts';
import type { Reorder } from '../shared/schemas/common.ts';
import type { GoalInput, GoalPatch } from '../shared/schemas/goal.ts';
import type { GoalLevel } from '../shared/vocabulary.ts';
import { assertCanWrite } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { findBoardOf, getOrganisation } from './organisation.ts';
import { deleteRecord, findRecord, getRecord, insertRecord, reorderRecords, updateRecord } from './record.ts';
import { ensureYear } from './year.ts';

export interface GoalFilter {
  year?: number;
  level?: GoalLevel;
  organisationId?: string;
  parentId?: string;
}

export async function listGoals(ctx: Ctx, filter: GoalFilter = {}): Promise<GoalRow[]> {
  let query = ctx.db
    .selectFrom('goal')
    .selectAll()
    .orderBy('sortOrder')
    .orderBy('number')
    .orderBy('createdAt');
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.organisationId) query = query.where('organisationId', '=', filter.organisationId);
  if (filter.parentId) query = query.where('parentId', '=', filter.parentId);
  return query.execute();
}

export async function getGoal(ctx: Ctx, id: string): Promise<GoalRow> {
  return getRecord(ctx.db, 'goal', id);
}

export async function createGoal(ctx: Ctx, input: GoalInput): Promise<GoalRow> {
  return inTransaction(ctx, async (trx) => {
    const org = await getOrganisation(trx, input.organisationId).catch(() => {
      throw invalid('organisationId', `Organisationen ${input.organisationId} finns inte.`);
    });
    await assertCanWrite(trx, org.id);
    await ensureYear(trx, input.year);
    if (!orgKindsFor(input.level).includes(org.kind)) {
      throw invalid(
        'organisationId',
        `Mål på den här nivån kan inte ägas av ${org.name} (fel typ av organisation).`,
      );
    }
    const parentId = input.parentId ?? null;
    await checkParentOf(trx, { level: input.level, year: input.year, organisationId: org.id }, parentId);
    const number = normaliseNumber(input.number);
    await checkNumberFree(
      trx,
      { year: input.year, level: input.level, organisationId: org.id, number },
      null,
    );
    const sortOrder = input.sortOrder ?? nextSortOrder(trx, parentId, input.year, input.level, org.id);
    return insertRecord(trx, 'goal', { ...input, parentId, number, sortOrder });
  });
}

export async function updateGoal(ctx: Ctx, id: string, patch: GoalPatch): Promise<GoalRow> {
  return inTransaction(ctx, async (trx) => {
    const current = await getGoal(trx, id);
    await assertCanWrite(trx, current.organisationId);
    const { version, ...values } = patch;
    if (values.parentId !== undefined && values.parentId !== current.parentId) {
      await checkParentOf(trx, current, values.parentId);
    }
    if (values.number !== undefined) {
      values.number = normaliseNumber(values.number);
      await checkNumberFree(trx, { ...current, number: values.number }, id);
    }
    return updateRecord(trx, 'goal', id, version, values);
  });
}

export async function deleteGoal(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertCanWrite(trx, (await getGoal(trx, id)).organisationId);
    const child = await trx.db.selectFrom('goal').select('id').where('parentId', '=', id).executeTakeFirst();
    if (child) throw new AppError('CONFLICT', 'Målet har underliggande mål. Ta bort eller flytta dem först.');
    const activity = await trx.db
      .selectFrom('activity')
      .select('id')
      .where('goalId', '=', id)
      .executeTakeFirst();
    if (activity) throw new AppError('CONFLICT', 'Målet har aktiviteter. Ta bort eller flytta dem först.');
    return deleteRecord(trx, 'goal', id, version);
  });
}

/** Reorders the children of one parent (or one owner's top-level goals). */
export async function reorderGoals(ctx: Ctx, order: Reorder) {
  return inTransaction(ctx, async (trx) => {
    const first = order.ids[0] ? await getGoal(trx, order.ids[0]) : undefined;
    if (!first) return;
    await assertCanWrite(trx, first.organisationId);
    const siblings = await trx.db
      .selectFrom('goal')
      .select('id')
      .where('year', '=', first.year)
      .where('level', '=', first.level)
      .where('organisationId', '=', first.organisationId)
      .where((eb) => (first.parentId ? eb('parentId', '=', first.parentId) : eb('parentId', 'is', null)))
      .execute();
    await reorderRecords(
      trx,
      'goal',
      first.parentId ?? first.organisationId,
      order,
      siblings.map((s) => s.id),
    );
  });
}

async function checkParentOf(
  ctx: Ctx,
  goal: { level: GoalLevel; year: number; organisationId: string },
  parentId: string | null,
) {
  const parent = parentId ? await findRecord(ctx.db, 'goal', parentId) : null;
  if (parentId && !parent) throw invalid('parentId', `Det överordnade målet ${parentId} finns inte.`);
  const board = goal.level === 'unit' ? await findBoardOf(ctx, goal.organisationId, goal.year) : undefined;
  checkGoalParent(goal, parent ?? null, board?.id ?? null);
}

async function checkNumberFree(
  ctx: Ctx,
  goal: { year: number; level: GoalLevel; organisationId: string; number: string | null },
  exceptId: string | null,
) {
  if (!goal.number) return;
  let query = ctx.db
    .selectFrom('goal')
    .select(['id', 'title'])
    .where('year', '=', goal.year)
    .where('level', '=', goal.level)
    .where('organisationId', '=', goal.organisationId)
    .where('number', '=', goal.number);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const taken = await query.executeTakeFirst();
  if (taken) {
    // 409 like the unique constraint that catches the same clash when two requests race past this check.
    const message = `Nummer ${goal.number} används redan av "${taken.title}" samma år. Välj ett annat nummer.`;
    throw new AppError('CONFLICT', message, { fields: { number: message } });
  }
}

/**
 * Last among its siblings, computed inside the INSERT itself (a subquery), which saves a round trip
 * per goal: an import creates goals by the hundred.
 */
function nextSortOrder(ctx: Ctx, parentId: string | null, year: number, level: GoalLevel, orgId: string) {
  return ctx.db
    .selectFrom('goal')
    .select(sql<number>`coalesce(max(sort_order) + 1, 0)`.as('next'))
    .where('year', '=', year)
    .where('level', '=', level)
    .where('organisationId', '=', orgId)
    .where((eb) => (parentId ? eb('parentId', '=', parentId) : eb('parentId', 'is', null)));
}
