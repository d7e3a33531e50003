import { type Kysely, sql } from 'kysely';

// Frozen. A cache of roll-up figures (count, sum, mean, weighted mean per gender) by root, tree year,
// indicator, year and period, beside the unit values it is computed from (never over them). Each entry
// carries the stamps it was computed under: the tree's and its indicator's (and the weight indicator's).
// Triggers bump a stamp in the writing transaction whenever an outcome or the tree changes, so an entry
// from before the change no longer matches and is computed again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table rollup_stamp (key text primary key, stamp bigint not null)`.execute(db);
  await sql`create table rollup_cache (
    root_id uuid not null,
    tree_year integer not null,
    indicator_id uuid not null,
    year integer not null,
    period text not null,
    stamp text not null,
    stats jsonb not null,
    primary key (root_id, tree_year, indicator_id, year, period)
  )`.execute(db);
  // Statement-level: a bulk import of 100,000 rows bumps each of its indicators once. Keys are taken in
  // order so two imports touching the same indicators cannot deadlock.
  await sql`create function rollup_bump_outcomes() returns trigger language plpgsql as $$
    begin
      insert into rollup_stamp (key, stamp)
        select k, 1 from (select distinct 'indicator:' || indicator_id as k from changed) c order by k
      on conflict (key) do update set stamp = rollup_stamp.stamp + 1;
      return null;
    end;
  $$`.execute(db);
  await sql`create function rollup_bump_tree() returns trigger language plpgsql as $$
    begin
      insert into rollup_stamp (key, stamp) values ('tree', 1)
      on conflict (key) do update set stamp = rollup_stamp.stamp + 1;
      return null;
    end;
  $$`.execute(db);
  for (const [event, table] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const) {
    await sql
      .raw(`create trigger outcome_rollup_${event} after ${event} on outcome
        referencing ${table} table as changed for each statement execute function rollup_bump_outcomes()`)
      .execute(db);
  }
  for (const table of ['organisation', 'organisation_parent']) {
    await sql
      .raw(`create trigger ${table}_rollup after insert or update or delete or truncate on ${table}
        for each statement execute function rollup_bump_tree()`)
      .execute(db);
  }
}
