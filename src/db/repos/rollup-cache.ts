// Roll-up figures kept beside the unit values (never over them), so a city's dashboard reads a few hundred
// cached rows instead of adding up half a million values on every request. An entry is used only while the
// stamps it was computed under still hold: triggers (migration 09c) bump the tree's stamp when the
// organisation tree changes and an indicator's when any of its outcomes is written. The stamps are read in
// the same snapshot as the values, so an entry can be older than the data only under a stamp that no
// longer matches. The consolidation rule is applied after reading, so a changed rule needs no new entry.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { AggregateFilter, AggregateRow } from './rollup-aggregate.ts';

type Stats = Omit<AggregateRow, 'indicatorId' | 'year' | 'period'>;
type Compute = (db: Kysely<Database>, filter: AggregateFilter) => Promise<AggregateRow[]>;
const cell = (r: { indicatorId: string; year: number; period: string }) =>
  `${r.indicatorId}|${r.year}|${r.period}`;

/** Each indicator's stamp: the tree's, its own and its weight indicator's (which its weighted mean reads). */
async function readStamps(db: Kysely<Database>, indicatorIds: readonly string[]) {
  const weights = await sql<{ id: string; weightId: string | null }>`select id,
      weight_indicator_id as "weightId" from indicator where id = any(${[...indicatorIds]}::uuid[])`.execute(
    db,
  );
  const keys = ['tree', ...weights.rows.flatMap((w) => [`indicator:${w.id}`, `indicator:${w.weightId}`])];
  const stamps = await sql<{ key: string; stamp: string }>`select key, stamp::text as stamp from rollup_stamp
    where key = any(${keys}::text[])`.execute(db);
  const of = new Map(stamps.rows.map((s) => [s.key, s.stamp]));
  const at = (key: string) => of.get(key) ?? '0';
  return new Map(
    weights.rows.map((w) => [
      w.id,
      `t${at('tree')}:i${at(`indicator:${w.id}`)}:w${w.weightId ?? '-'}:${w.weightId ? at(`indicator:${w.weightId}`) : ''}`,
    ]),
  );
}

export async function cachedAggregates(
  db: Kysely<Database>,
  filter: AggregateFilter,
  compute: Compute,
): Promise<AggregateRow[]> {
  // Repeatable read: the stamps, the cached entries and any values added up now come from one snapshot.
  const read = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // JIT compiling costs more than the aggregate; joining values to weights spills in the default 4 MB.
      await sql`set local jit = off`.execute(trx);
      await sql`set local work_mem = '32MB'`.execute(trx);
      const stamps = await readStamps(trx, filter.indicatorIds);
      const cached = await sql<{
        indicatorId: string;
        year: number;
        period: string;
        stamp: string;
        stats: Stats[];
      }>`
        select indicator_id as "indicatorId", year, period, stamp, stats from rollup_cache
        where root_id = ${filter.rootId} and tree_year = ${filter.treeYear}
          and indicator_id = any(${[...filter.indicatorIds]}::uuid[])
          and year = any(${[...filter.years]}::int[]) and period = any(${[...filter.periods]}::text[])`.execute(
        trx,
      );
      const valid = cached.rows.filter((c) => c.stamp === stamps.get(c.indicatorId));
      const have = new Set(valid.map(cell));
      const stale = filter.indicatorIds.filter((indicatorId) =>
        filter.years.some((year) =>
          filter.periods.some((period) => !have.has(cell({ indicatorId, year, period }))),
        ),
      );
      const fresh = stale.length === 0 ? [] : await compute(trx, { ...filter, indicatorIds: stale });
      const hits = valid.filter((c) => !stale.includes(c.indicatorId));
      return { stamps, stale, fresh, hits };
    });
  if (read.stale.length > 0) await store(db, filter, read.stale, read.fresh, read.stamps);
  return [
    ...read.hits.flatMap((c) =>
      c.stats.map((s) => ({ indicatorId: c.indicatorId, year: c.year, period: c.period, ...s })),
    ),
    ...read.fresh,
  ];
}

/**
 * Saves the entries just computed, one per indicator, year and period asked for (an empty one where no unit
 * reported). Written after the read's snapshot closed: an entry that lost a race to a newer one carries an
 * older stamp and is simply computed again next time.
 */
async function store(
  db: Kysely<Database>,
  filter: AggregateFilter,
  indicatorIds: readonly string[],
  fresh: readonly AggregateRow[],
  stamps: ReadonlyMap<string, string>,
) {
  const stats = new Map<string, Stats[]>();
  for (const { indicatorId, year, period, ...s } of fresh) {
    const key = cell({ indicatorId, year, period });
    stats.set(key, [...(stats.get(key) ?? []), s]);
  }
  const entries = indicatorIds.flatMap((indicatorId) =>
    filter.years.flatMap((year) =>
      filter.periods.map((period) => ({
        indicator_id: indicatorId,
        year,
        period,
        stamp: stamps.get(indicatorId) ?? '',
        stats: stats.get(cell({ indicatorId, year, period })) ?? [],
      })),
    ),
  );
  await sql`insert into rollup_cache (root_id, tree_year, indicator_id, year, period, stamp, stats)
    select ${filter.rootId}::uuid, ${filter.treeYear}::int, e.indicator_id, e.year, e.period, e.stamp, e.stats
    from jsonb_to_recordset(${JSON.stringify(entries)}::jsonb)
      as e(indicator_id uuid, year int, period text, stamp text, stats jsonb)
    on conflict (root_id, tree_year, indicator_id, year, period)
    do update set stamp = excluded.stamp, stats = excluded.stats`.execute(db);
}
