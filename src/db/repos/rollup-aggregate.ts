// Roll-ups of many indicators, years and periods at once, added up by the database: a city dashboard
// covers every unit's current values, which is too many rows to ship to the application and add there.
// The rule is the same as domain/outcome-rules.ts consolidate(); the tests hold the two together.
import { type Kysely, sql } from 'kysely';
import type { Gender } from '../../domain/vocabulary.ts';
import type { Database } from '../schema.ts';
import { cachedAggregates } from './rollup-cache.ts';

export interface AggregateRow {
  indicatorId: string;
  year: number;
  period: string;
  gender: Gender;
  reported: number;
  sum: number | null;
  mean: number | null;
  weightedMean: number | null;
}

export interface AggregateFilter {
  /** The board or city (or a unit: its own values) whose units are added up, as the tree stood in treeYear. */
  rootId: string;
  treeYear: number;
  indicatorIds: readonly string[];
  years: readonly number[];
  periods: readonly string[];
}

const unitsBelow = (rootId: string, year: number) => sql`with recursive links as (
    select distinct on (op.organisation_id) op.organisation_id, op.parent_id from organisation_parent op
    where op.valid_from <= make_date(${year}::int, 12, 31)
      and (op.valid_to is null or op.valid_to >= make_date(${year}::int, 1, 1))
    order by op.organisation_id, op.valid_from desc
  ),
  below as (
    select ${rootId}::uuid as id, 0 as depth
    union all
    select l.organisation_id, b.depth + 1 from links l join below b on l.parent_id = b.id where b.depth < 20
  ),
  units as (select o.id from below b join organisation o on o.id = b.id where o.kind = 'unit')`;

/** How many units a root's values add up from. */
export async function countUnits(db: Kysely<Database>, rootId: string, year: number): Promise<number> {
  const result = await sql<{ n: number }>`${unitsBelow(rootId, year)}
    select count(*)::int as n from units`.execute(db);
  return result.rows[0]?.n ?? 0;
}

async function listUnitIds(db: Kysely<Database>, rootId: string, year: number): Promise<string[]> {
  const result = await sql<{ id: string }>`${unitsBelow(rootId, year)} select id from units`.execute(db);
  return result.rows.map((r) => r.id);
}

/**
 * Runs a read with PostgreSQL's JIT compiler off and room to sort and hash in memory. Half a million rows
 * make the planner's cost pass the JIT threshold, and compiling then takes longer (a quarter to two
 * seconds) than the whole aggregate; joining values to weights spills to disk in the default 4 MB.
 * Inside a caller's transaction the settings are left alone (set local would outlive this read).
 */
async function withAggregateSettings<T>(
  db: Kysely<Database>,
  read: (q: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return read(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    await sql`set local work_mem = '32MB'`.execute(trx);
    return read(trx);
  });
}

/**
 * Two passes, because a city covers every unit's values of three years (about half a million rows):
 * count, sum and mean in one scan with the units given as a list (the planner then estimates them
 * right and scans in parallel); the weighted mean only for indicators that have a weight indicator,
 * joining each value to its weight. Without a weight indicator every unit weighs alike, so the
 * weighted mean is the mean.
 */
export async function aggregateOutcomes(
  db: Kysely<Database>,
  filter: AggregateFilter,
): Promise<AggregateRow[]> {
  if (filter.indicatorIds.length === 0 || filter.years.length === 0 || filter.periods.length === 0) return [];
  // Inside a caller's transaction (which may have written outcomes the cache cannot know of yet) add up afresh.
  return db.isTransaction ? computeAggregates(db, filter) : cachedAggregates(db, filter, computeAggregates);
}

/** The two passes themselves, uncached. */
export async function computeAggregates(
  db: Kysely<Database>,
  filter: AggregateFilter,
): Promise<AggregateRow[]> {
  const unitIds = await listUnitIds(db, filter.rootId, filter.treeYear);
  if (unitIds.length === 0) return [];
  const scope = {
    indicatorIds: [...filter.indicatorIds],
    years: [...filter.years],
    periods: [...filter.periods],
    unitIds,
  };
  // Two connections on PostgreSQL answer the passes side by side; in a transaction or PGlite they queue.
  const [totals, weighted] = await Promise.all([
    withAggregateSettings(db, (q) =>
      sql<Omit<AggregateRow, 'weightedMean'>>`
    select o.indicator_id as "indicatorId", o.year, o.period, o.gender,
      count(o.value)::int as reported, sum(o.value)::float8 as sum, avg(o.value)::float8 as mean
    from outcome o
    where o.current and o.indicator_id = any(${scope.indicatorIds}::uuid[])
      and o.year = any(${scope.years}::int[]) and o.period = any(${scope.periods}::text[])
      and o.organisation_id = any(${scope.unitIds}::uuid[])
    group by o.indicator_id, o.year, o.period, o.gender`.execute(q),
    ),
    withAggregateSettings(db, (q) => weightedMeans(q, scope)),
  ]);
  const key = (r: { indicatorId: string; year: number; period: string; gender: string }) =>
    `${r.indicatorId}|${r.year}|${r.period}|${r.gender}`;
  return totals.rows.map((r) => ({
    ...r,
    weightedMean: weighted.has(r.indicatorId) ? (weighted.get(r.indicatorId)!.get(key(r)) ?? null) : r.mean,
  }));
}

/** Weighted means by indicator (only those with a weight indicator), then by indicator|year|period|gender. */
async function weightedMeans(
  db: Kysely<Database>,
  scope: { indicatorIds: string[]; years: number[]; periods: string[]; unitIds: string[] },
): Promise<Map<string, Map<string, number | null>>> {
  const weighting = await db
    .selectFrom('indicator')
    .select(['id', 'weightIndicatorId'])
    .where('id', '=', sql<string>`any(${scope.indicatorIds}::uuid[])`)
    .where('weightIndicatorId', 'is not', null)
    .execute();
  const byIndicator = new Map(weighting.map((w) => [w.id, new Map<string, number | null>()]));
  if (weighting.length === 0) return byIndicator;
  const ids = weighting.map((w) => w.id);
  const weightIds = [...new Set(weighting.map((w) => w.weightIndicatorId!))];
  const result = await sql<{
    indicatorId: string;
    year: number;
    period: string;
    gender: string;
    weightedMean: number | null;
  }>`with cur as (
      select o.indicator_id, o.year, o.period, o.organisation_id, o.gender, o.value from outcome o
      where o.current and o.indicator_id = any(${ids}::uuid[])
        and o.year = any(${scope.years}::int[]) and o.period = any(${scope.periods}::text[])
        and o.organisation_id = any(${scope.unitIds}::uuid[])
    ),
    -- One row per unit and period of a weight indicator, its total and both genders side by side.
    weights as (
      select w.indicator_id, w.year, w.period, w.organisation_id,
        max(w.value) filter (where w.gender = 'T') as t, max(w.value) filter (where w.gender = 'K') as k,
        max(w.value) filter (where w.gender = 'M') as m
      from outcome w
      where w.current and w.indicator_id = any(${weightIds}::uuid[])
        and w.year = any(${scope.years}::int[]) and w.period = any(${scope.periods}::text[])
        and w.organisation_id = any(${scope.unitIds}::uuid[])
      group by w.indicator_id, w.year, w.period, w.organisation_id
    ),
    -- A gender's value is weighed by the same gender's weight, else by the total's.
    weighed as (
      select c.indicator_id, c.year, c.period, c.gender, c.value,
        coalesce(case c.gender when 'K' then w.k when 'M' then w.m else w.t end, w.t) as weight
      from cur c
      join indicator i on i.id = c.indicator_id
      left join weights w on w.indicator_id = i.weight_indicator_id and w.year = c.year
        and w.period = c.period and w.organisation_id = c.organisation_id
    )
    select indicator_id as "indicatorId", year, period, gender,
      (sum(value * weight) filter (where weight > 0)
        / nullif(sum(weight) filter (where value is not null and weight > 0), 0))::float8 as "weightedMean"
    from weighed group by indicator_id, year, period, gender`.execute(db);
  for (const r of result.rows) {
    byIndicator.get(r.indicatorId)!.set(`${r.indicatorId}|${r.year}|${r.period}|${r.gender}`, r.weightedMean);
  }
  return byIndicator;
}
