import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Ctx } from './context.ts';

/** Tables whose rows carry id, version and the audit columns. */
export type VersionedTable =
  | 'organisation'
  | 'decision'
  | 'goal'
  | 'indicator'
  | 'placement'
  | 'activity'
  | 'plan'
  | 'planSection'
  | 'budgetTable'
  | 'budgetRow'
  | 'followUpPeriod'
  | 'goalAssessment'
  | 'activityStatus'
  | 'budgetForecast'
  | 'deviationThreshold';

export const ENTITY_LABEL: Record<VersionedTable, string> = {
  organisation: 'Organisationen',
  decision: 'Beslutet',
  goal: 'Målet',
  indicator: 'Indikatorn',
  placement: 'Indikatorplaceringen',
  activity: 'Aktiviteten',
  plan: 'Planen',
  planSection: 'Avsnittet',
  budgetTable: 'Budgettabellen',
  budgetRow: 'Budgetraden',
  followUpPeriod: 'Uppföljningsperioden',
  goalAssessment: 'Målbedömningen',
  activityStatus: 'Aktivitetens status',
  budgetForecast: 'Prognosen',
  deviationThreshold: 'Avvikelsegränsen',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findRecord(
  db: Kysely<Database>,
  table: VersionedTable,
  id: string,
): Promise<any | undefined> {
  if (!UUID.test(id)) return undefined;
  return (db as Kysely<any>).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getRecord(db: Kysely<Database>, table: VersionedTable, id: string): Promise<any> {
  const row = await findRecord(db, table, id);
  if (!row) throw notFound(ENTITY_LABEL[table], id);
  return row;
}

export async function insertRecord(
  ctx: Ctx,
  table: VersionedTable,
  values: Record<string, unknown>,
): Promise<any> {
  const now = ctx.now();
  const row = await (ctx.db as Kysely<any>)
    .insertInto(table)
    .values({ ...values, createdAt: now, createdBy: ctx.actor, updatedAt: now, updatedBy: ctx.actor })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, table, row.id, 'create', null, row);
  return row;
}

/**
 * Optimistic concurrency: the write only lands when the caller saw the current version.
 * A stale write gets CONFLICT with the current record so the UI can show both.
 */
export async function updateRecord(
  ctx: Ctx,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
): Promise<any> {
  const before = await getRecord(ctx.db, table, id);
  if (before.version !== expectedVersion) throw conflict(table, before);
  const row = await (ctx.db as Kysely<any>)
    .updateTable(table)
    .set({ ...patch, version: expectedVersion + 1, updatedAt: ctx.now(), updatedBy: ctx.actor })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw conflict(table, await getRecord(ctx.db, table, id));
  await recordAudit(ctx, table, id, 'update', before, row);
  return row;
}

export async function deleteRecord(ctx: Ctx, table: VersionedTable, id: string, expectedVersion?: number) {
  const before = await getRecord(ctx.db, table, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) throw conflict(table, before);
  await (ctx.db as Kysely<any>).deleteFrom(table).where('id', '=', id).execute();
  await recordAudit(ctx, table, id, 'delete', before, null);
  return before;
}

/** Writes sort_order 0..n-1 in the given order; every id must belong to the same list. */
export async function reorderRecords(ctx: Ctx, table: VersionedTable, ids: string[], allowed: string[]) {
  const allowedSet = new Set(allowed);
  if (
    ids.length !== allowed.length ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => !allowedSet.has(id))
  ) {
    throw new AppError(
      'INVALID',
      'Ordningen måste innehålla exakt samma poster som listan, var och en en gång.',
      {
        fields: { ids: 'Skicka alla id:n i listan i den nya ordningen.' },
      },
    );
  }
  for (const [index, id] of ids.entries()) {
    await (ctx.db as Kysely<any>).updateTable(table).set({ sortOrder: index }).where('id', '=', id).execute();
  }
}

export async function recordAudit(
  ctx: Ctx,
  entity: string,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
) {
  await ctx.db
    .insertInto('auditEvent')
    .values({
      at: ctx.now(),
      actor: ctx.actor,
      entity,
      entityId,
      action,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .execute();
}

function conflict(table: VersionedTable, current: unknown): AppError {
  return new AppError(
    'CONFLICT',
    `${ENTITY_LABEL[table]} har ändrats av någon annan sedan du öppnade den. Jämför versionerna och välj vilken som ska gälla.`,
    { current },
  );
}
