import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Ctx } from './context.ts';
import { MEMO_TABLES, memoOf } from './transaction-memo.ts';

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

/** A stored row of one versioned table. */
export type RecordOf<T extends VersionedTable> = Selectable<Database[T]>;

/** What every versioned table has in common: enough for the generic queries below. */
interface VersionedRow {
  id: string;
  version: number;
  sortOrder: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}
type VersionedDb = { [K in VersionedTable]: VersionedRow };

/**
 * The same database seen through the columns all versioned tables share, for queries whose table is a variable.
 * Every table looks alike there, so the name is typed as one of them (which one does not matter).
 */
const loose = (db: Kysely<Database>) => db as unknown as Kysely<VersionedDb>;
const named = (table: VersionedTable) => table as 'goal';
type Values = Partial<VersionedRow>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findRecord<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
): Promise<RecordOf<T> | undefined> {
  if (!UUID.test(id)) return undefined;
  const memo = MEMO_TABLES.has(table) ? memoOf(db) : undefined;
  const kept = memo?.records.get(`${table}/${id}`);
  if (kept) return { ...kept } as RecordOf<T>;
  const row = await loose(db).selectFrom(named(table)).selectAll().where('id', '=', id).executeTakeFirst();
  if (row) remember(db, table, row);
  return row as RecordOf<T> | undefined;
}

/** Keeps a row just read or written in the transaction's memo (services/transaction-memo.ts), if it has one. */
function remember(db: Kysely<Database>, table: VersionedTable, row: { id: string }) {
  if (MEMO_TABLES.has(table)) memoOf(db)?.records.set(`${table}/${row.id}`, { ...row });
}

/** A written organisation may change whose board is whose: the memo's boards are looked up again. */
function forgetBoards(db: Kysely<Database>, table: VersionedTable) {
  if (table === 'organisation') memoOf(db)?.boards.clear();
}

export async function getRecord<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
): Promise<RecordOf<T>> {
  const row = await findRecord(db, table, id);
  if (!row) throw notFound(ENTITY_LABEL[table], id);
  return row;
}

export async function insertRecord<T extends VersionedTable>(
  ctx: Ctx,
  table: T,
  values: object,
): Promise<RecordOf<T>> {
  const now = ctx.now();
  const row = await loose(ctx.db)
    .insertInto(named(table))
    .values({
      ...values,
      createdAt: now,
      createdBy: ctx.actor,
      updatedAt: now,
      updatedBy: ctx.actor,
    } as VersionedRow)
    .returningAll()
    .executeTakeFirstOrThrow();
  remember(ctx.db, table, row);
  forgetBoards(ctx.db, table);
  await recordAudit(ctx, table, row.id, 'create', null, row);
  return row as RecordOf<T>;
}

/**
 * Optimistic concurrency: the write only lands when the caller saw the current version.
 * A stale write gets CONFLICT with the current record so the UI can show both.
 * A write that changes nothing leaves no trace (same version, no audit row), unless `changed` says that
 * something stored beside the row (e.g. an activity's assignments) did change under this version.
 */
export async function updateRecord<T extends VersionedTable>(
  ctx: Ctx,
  table: T,
  id: string,
  expectedVersion: number,
  patch: object,
  options: {
    changed?: boolean;
    /** The row as this transaction already read it (the version check in the UPDATE still guards it). */
    stored?: RecordOf<T>;
  } = {},
): Promise<RecordOf<T>> {
  const stored = options.stored ?? (await getRecord(ctx.db, table, id));
  const before = stored as VersionedRow;
  if (before.version !== expectedVersion) throw conflict(table, before);
  if (!options.changed && changesNothing(before, patch)) return stored;
  const row = await loose(ctx.db)
    .updateTable(named(table))
    .set({ ...patch, version: expectedVersion + 1, updatedAt: ctx.now(), updatedBy: ctx.actor } as Values)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw conflict(table, await getRecord(ctx.db, table, id));
  remember(ctx.db, table, row);
  forgetBoards(ctx.db, table);
  await recordAudit(ctx, table, id, 'update', before, row);
  return row as RecordOf<T>;
}

/**
 * Deletes only the version the caller saw (`WHERE id AND version` in one statement, so a concurrent PATCH and
 * DELETE cannot both succeed): 409 with the current record when it changed, 404 when it is already gone.
 * Without a version (trusted callers: CLI, imports) the version just read is used.
 */
export async function deleteRecord<T extends VersionedTable>(
  ctx: Ctx,
  table: T,
  id: string,
  expectedVersion?: number,
): Promise<RecordOf<T>> {
  const read = (await getRecord(ctx.db, table, id)) as VersionedRow;
  const version = expectedVersion ?? read.version;
  if (read.version !== version) throw conflict(table, read);
  const before = await loose(ctx.db)
    .deleteFrom(named(table))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  if (!before) throw conflict(table, await getRecord(ctx.db, table, id));
  memoOf(ctx.db)?.records.delete(`${table}/${id}`);
  forgetBoards(ctx.db, table);
  await recordAudit(ctx, table, id, 'delete', before, null);
  return before as RecordOf<T>;
}

/**
 * Writes sort_order 0..n-1 in the given order; every id must belong to the same list (`allowed`).
 * The order is versioned by its content: `expectedIds` is the order the caller read, and the write lands only
 * while that is still the stored order (the rows are locked first, so of two concurrent reorders one gets 409
 * with the current order in details.current.ids). A reorder that changes nothing writes nothing; one that does
 * leaves one audit row (entity `<table>Order`, entityId = the list's owner `scopeId`).
 */
export async function reorderRecords(
  ctx: Ctx,
  table: VersionedTable,
  scopeId: string,
  order: { ids: string[]; expectedIds: string[] },
  allowed: string[],
) {
  const { ids, expectedIds } = order;
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
  if (ids.length === 0) return;
  const locked = await loose(ctx.db)
    .selectFrom(named(table))
    .select(['id', 'sortOrder', 'createdAt'])
    .where('id', 'in', ids)
    .forUpdate()
    .execute();
  const current = locked
    .sort((a, b) => a.sortOrder - b.sortOrder || a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => r.id);
  const sortOrder = new Map(locked.map((r) => [r.id, r.sortOrder]));
  if (locked.length !== ids.length || !readSameOrder(expectedIds, sortOrder, ids.length)) {
    throw new AppError(
      'CONFLICT',
      `Ordningen i listan har ändrats av någon annan sedan du öppnade den. Listan visar nu den sparade ordningen; flytta igen om det behövs.`,
      { current: { ids: current } },
    );
  }
  const moved = ids.filter((id, index) => sortOrder.get(id) !== index);
  if (moved.length === 0) return;
  for (const id of moved) {
    await loose(ctx.db)
      .updateTable(named(table))
      .set({ sortOrder: ids.indexOf(id) })
      .where('id', '=', id)
      .execute();
  }
  await recordAudit(ctx, `${table}Order`, scopeId, 'update', { ids: current }, { ids });
}

/** The caller read the stored order when its list has the same ids and their sort orders never decrease. */
function readSameOrder(expectedIds: string[], sortOrder: Map<string, number>, size: number) {
  if (expectedIds.length !== size || new Set(expectedIds).size !== size) return false;
  let previous = Number.NEGATIVE_INFINITY;
  for (const id of expectedIds) {
    const position = sortOrder.get(id);
    if (position === undefined || position < previous) return false;
    previous = position;
  }
  return true;
}

/** True when every field the patch carries already holds that value (dates and JSON compared by content). */
export function changesNothing(before: object, patch: object) {
  const stored = before as Record<string, unknown>;
  return Object.entries(patch).every(([key, value]) => value === undefined || sameValue(stored[key], value));
}

function sameValue(stored: unknown, sent: unknown): boolean {
  if (stored === sent) return true;
  if (stored === null || sent === null || stored === undefined) return false;
  if (stored instanceof Date) {
    const time = sent instanceof Date ? sent.getTime() : typeof sent === 'string' ? Date.parse(sent) : NaN;
    return stored.getTime() === time;
  }
  // JSON values: a different key order counts as a change, which only costs a harmless extra version.
  if (typeof stored === 'object' && typeof sent === 'object')
    return JSON.stringify(stored) === JSON.stringify(sent);
  return false;
}

export async function recordAudit(
  ctx: Ctx,
  entity: string,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
) {
  const row = {
    at: ctx.now(),
    actor: ctx.actor,
    actorUserId: ctx.principal?.userId ?? null,
    entity,
    entityId,
    action,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
  const memo = memoOf(ctx.db);
  if (memo) memo.audit.push(row);
  else await ctx.db.insertInto('auditEvent').values(row).execute();
}

function conflict(table: VersionedTable, current: unknown): AppError {
  return new AppError(
    'CONFLICT',
    `${ENTITY_LABEL[table]} har ändrats av någon annan sedan du öppnade den. Jämför versionerna och välj vilken som ska gälla.`,
    { current },
  );
}
