import type { ActivityRow } from '../db/schema.ts';
import { invalid } from '../domain/errors.ts';
import type { ActivityInput, ActivityPatch } from '../shared/schemas/activity.ts';
import { assertCanWrite } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { deleteRecord, findRecord, getRecord, insertRecord, recordAudit, updateRecord } from './record.ts';
import { ensureYear } from './year.ts';

export type ActivityWithAssignments = ActivityRow & { assignedOrganisationIds: string[] };

export async function listActivities(
  ctx: Ctx,
  filter: {
    year?: number;
    goalId?: string;
    ownerOrganisationId?: string;
    assignedTo?: string;
    visibleTo?: string;
  },
): Promise<ActivityWithAssignments[]> {
  let query = ctx.db
    .selectFrom('activity')
    .selectAll()
    .orderBy('sortOrder')
    .orderBy('startDate')
    .orderBy('createdAt');
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.goalId) query = query.where('goalId', '=', filter.goalId);
  if (filter.ownerOrganisationId) query = query.where('ownerOrganisationId', '=', filter.ownerOrganisationId);
  if (filter.assignedTo) {
    const orgId = filter.assignedTo;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('activityAssignment')
          .select('activityId')
          .whereRef('activityAssignment.activityId', '=', 'activity.id')
          .where('activityAssignment.organisationId', '=', orgId),
      ),
    );
  }
  if (filter.visibleTo) {
    const orgId = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('ownerOrganisationId', '=', orgId),
        eb.exists(
          eb
            .selectFrom('activityAssignment')
            .select('activityId')
            .whereRef('activityAssignment.activityId', '=', 'activity.id')
            .where('activityAssignment.organisationId', '=', orgId),
        ),
      ]),
    );
  }
  return withAssignments(ctx, await query.execute());
}

export async function getActivity(ctx: Ctx, id: string): Promise<ActivityWithAssignments> {
  const [row] = await withAssignments(ctx, [await getRecord(ctx.db, 'activity', id)]);
  return row!;
}

export async function createActivity(ctx: Ctx, input: ActivityInput): Promise<ActivityWithAssignments> {
  return inTransaction(ctx, async (trx) => {
    checkDates(input.startDate, input.endDate);
    await ensureYear(trx, input.year);
    if (!(await findRecord(trx.db, 'organisation', input.ownerOrganisationId))) {
      throw invalid('ownerOrganisationId', `Organisationen ${input.ownerOrganisationId} finns inte.`);
    }
    await assertCanWrite(trx, input.ownerOrganisationId);
    await checkGoal(trx, input.goalId ?? null, input.year);
    const { assignedOrganisationIds, ...values } = input;
    const row = await insertRecord(trx, 'activity', { ...values, goalId: values.goalId ?? null });
    const assigned = await setAssignments(trx, row.id, assignedOrganisationIds ?? [], { fresh: true });
    // As getActivity would read it back: uuids print in lower case and sort as their text.
    return { ...row, assignedOrganisationIds: assigned.map((id) => id.toLowerCase()).sort() };
  });
}

export async function updateActivity(
  ctx: Ctx,
  id: string,
  patch: ActivityPatch,
): Promise<ActivityWithAssignments> {
  return inTransaction(ctx, async (trx) => {
    const current = await getActivity(trx, id);
    await assertCanWrite(trx, current.ownerOrganisationId);
    const { version, assignedOrganisationIds, ...values } = patch;
    checkDates(values.startDate ?? current.startDate, values.endDate ?? current.endDate);
    if (values.goalId !== undefined) await checkGoal(trx, values.goalId, current.year);
    // New assignments are a change of the activity: they take a version even when no column changes.
    const reassigned =
      assignedOrganisationIds !== undefined &&
      [...new Set(assignedOrganisationIds)].sort().join() !==
        [...current.assignedOrganisationIds].sort().join();
    await updateRecord(trx, 'activity', id, version, values, { changed: reassigned });
    if (reassigned) await setAssignments(trx, id, assignedOrganisationIds);
    return getActivity(trx, id);
  });
}

export async function deleteActivity(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertCanWrite(trx, (await getRecord(trx.db, 'activity', id)).ownerOrganisationId);
    return deleteRecord(trx, 'activity', id, version);
  });
}

function checkDates(start: string, end: string) {
  if (end < start)
    throw invalid('endDate', `Slutdatum (${end}) ligger före startdatum (${start}). Ändra något av datumen.`);
}

async function checkGoal(ctx: Ctx, goalId: string | null, year: number) {
  if (!goalId) return;
  const goal = await findRecord(ctx.db, 'goal', goalId);
  if (!goal) throw invalid('goalId', `Målet ${goalId} finns inte.`);
  if (goal.year !== year)
    throw invalid('goalId', `Målet gäller år ${goal.year}, men aktiviteten år ${year}.`);
}

/** Replaces the activity's assignments; `fresh`: the activity was just inserted, so it has none to replace. */
async function setAssignments(
  ctx: Ctx,
  activityId: string,
  orgIds: string[],
  options: { fresh?: boolean } = {},
): Promise<string[]> {
  const unique = [...new Set(orgIds)];
  for (const orgId of unique) {
    if (!(await findRecord(ctx.db, 'organisation', orgId))) {
      throw invalid('assignedOrganisationIds', `Organisationen ${orgId} finns inte.`);
    }
  }
  const before = options.fresh
    ? []
    : await ctx.db
        .selectFrom('activityAssignment')
        .select('organisationId')
        .where('activityId', '=', activityId)
        .execute();
  if (!options.fresh)
    await ctx.db.deleteFrom('activityAssignment').where('activityId', '=', activityId).execute();
  if (unique.length > 0) {
    await ctx.db
      .insertInto('activityAssignment')
      .values(unique.map((organisationId) => ({ activityId, organisationId })))
      .execute();
  }
  const beforeIds = before.map((b) => b.organisationId).sort();
  if (beforeIds.join() !== [...unique].sort().join()) {
    await recordAudit(ctx, 'activityAssignment', activityId, 'update', beforeIds, unique);
  }
  return unique;
}

async function withAssignments(ctx: Ctx, rows: ActivityRow[]): Promise<ActivityWithAssignments[]> {
  if (rows.length === 0) return [];
  const assignments = await ctx.db
    .selectFrom('activityAssignment')
    .selectAll()
    .where(
      'activityId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('organisationId')
    .execute();
  const byActivity = new Map<string, string[]>();
  for (const a of assignments)
    byActivity.set(a.activityId, [...(byActivity.get(a.activityId) ?? []), a.organisationId]);
  return rows.map((r) => ({ ...r, assignedOrganisationIds: byActivity.get(r.id) ?? [] }));
}
