// Outcomes are append-only; the current value of a key (indicator, organisation, year, period, gender)
// is its highest revision, flagged current (a partial unique index keeps one current row per key).

import { type Kysely, sql } from 'kysely';
import type { Gender } from '../../domain/vocabulary.ts';
import type { Database, OutcomeRow } from '../schema.ts';

export interface OutcomeKey {
  indicatorId: string;
  organisationId: string;
  year: number;
  period: string;
  gender: Gender;
}

export const outcomeKey = (k: OutcomeKey) =>
  `${k.indicatorId}|${k.organisationId}|${k.year}|${k.period}|${k.gender}`;

export interface LatestFilter {
  organisationIds: readonly string[];
  years: readonly number[];
  periods?: readonly string[];
  indicatorIds?: readonly string[];
}

/** The current row of every key matching the filter (the highest revision wins). */
export async function listLatestOutcomes(db: Kysely<Database>, filter: LatestFilter): Promise<OutcomeRow[]> {
  if (filter.organisationIds.length === 0 || filter.years.length === 0) return [];
  if (filter.indicatorIds && filter.indicatorIds.length === 0) return [];
  if (filter.periods && filter.periods.length === 0) return [];
  let query = db
    .selectFrom('outcome')
    .selectAll()
    .where('current', '=', true)
    .where('organisationId', '=', sql<string>`any(${[...filter.organisationIds]}::uuid[])`)
    .where('year', '=', sql<number>`any(${[...filter.years]}::int[])`);
  if (filter.periods) query = query.where('period', '=', sql<string>`any(${[...filter.periods]}::text[])`);
  if (filter.indicatorIds) {
    query = query.where('indicatorId', '=', sql<string>`any(${[...filter.indicatorIds]}::uuid[])`);
  }
  return query.execute();
}

export async function findLatestOutcome(db: Kysely<Database>, key: OutcomeKey) {
  return db
    .selectFrom('outcome')
    .selectAll()
    .where('indicatorId', '=', key.indicatorId)
    .where('year', '=', key.year)
    .where('period', '=', key.period)
    .where('organisationId', '=', key.organisationId)
    .where('gender', '=', key.gender)
    .where('current', '=', true)
    .executeTakeFirst();
}

/** Every revision of one key (or of all genders of it), newest first. */
export async function listOutcomeHistory(
  db: Kysely<Database>,
  key: Omit<OutcomeKey, 'gender'> & { gender?: Gender },
): Promise<OutcomeRow[]> {
  let query = db
    .selectFrom('outcome')
    .selectAll()
    .where('indicatorId', '=', key.indicatorId)
    .where('year', '=', key.year)
    .where('period', '=', key.period)
    .where('organisationId', '=', key.organisationId);
  if (key.gender) query = query.where('gender', '=', key.gender);
  return query.orderBy('gender').orderBy('revision', 'desc').execute();
}

/** Marks rows superseded by the corrections about to be inserted (the one change outcomes allow). */
export async function supersedeOutcomes(db: Kysely<Database>, ids: readonly string[], batch = 5000) {
  for (let i = 0; i < ids.length; i += batch) {
    await db
      .updateTable('outcome')
      .set({ current: false })
      .where('id', '=', sql<string>`any(${ids.slice(i, i + batch)}::uuid[])`)
      .where('current', '=', true)
      .execute();
  }
}

/** A new revision as the bulk insert takes it (the database fills in id and current). */
export interface NewOutcome {
  indicatorId: string;
  organisationId: string;
  period: string;
  gender: Gender;
  value: number | null;
  status: OutcomeRow['status'];
  comment: string;
  revision: number;
}

/** What every row of one bulk insert shares. */
export interface NewOutcomesShared {
  year: number;
  origin: OutcomeRow['origin'];
  createdAt: Date;
  createdBy: string;
}

/**
 * Inserts a bulk import's rows, one column array per parameter and `unnest` to turn them into rows: one
 * statement per chunk, where a multi-row VALUES list binds a parameter per cell (24,000 for 2,000 rows)
 * and costs more to build, send and parse than the insert itself. What the rows share (year, origin,
 * time, author) is sent once, not as an array: PostgreSQL parses every element of an array parameter,
 * and a timestamp per row cost more than the row. Every constraint, index and trigger applies as for any
 * insert. Returns how many rows were inserted and the first one's id.
 */
export async function insertOutcomes(
  db: Kysely<Database>,
  shared: NewOutcomesShared,
  rows: readonly NewOutcome[],
  batch = 10_000,
): Promise<{ count: number; firstId: string | undefined }> {
  let firstId: string | undefined;
  let count = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch);
    const column = <K extends keyof NewOutcome>(key: K) => part.map((r) => r[key]);
    const result = await sql<{ firstId: string; count: number }>`with inserted as (
        insert into outcome (indicator_id, organisation_id, year, period, gender, value, status, comment,
          origin, revision, created_at, created_by)
        select i, o, ${shared.year}::int, p, g, v, s, c, ${shared.origin}::text, r,
          ${shared.createdAt}::timestamptz, ${shared.createdBy}::text
        from unnest(${column('indicatorId')}::uuid[], ${column('organisationId')}::uuid[],
          ${column('period')}::text[], ${column('gender')}::text[], ${column('value')}::numeric[],
          ${column('status')}::text[], ${column('comment')}::text[], ${column('revision')}::int[])
          as row(i, o, p, g, v, s, c, r)
        returning id)
      select (select id from inserted limit 1) as "firstId",
        (select count(*) from inserted)::int as count`.execute(db);
    const answer = result.rows[0]!;
    firstId ??= answer.firstId;
    count += answer.count;
  }
  return { count, firstId };
}
