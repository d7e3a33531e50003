// Roll-ups of many indicators, years and periods at once, added up by the database: a city dashboard
// covers every unit's current values, which is too many rows to ship to the application and add there.
// The rule is the same as domain/outcome-rules.ts consolidate(); the tests hold the two together.
import { type Kysely, sql } from 'kysely';
import type { Gender } from '../../domain/vocabulary.ts';
import type { Database } from '../schema.ts';

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

export async function aggregateOutcomes(
  db: Kysely<Database>,
  filter: AggregateFilter,
): Promise<AggregateRow[]> {
  if (filter.indicatorIds.length === 0 || filter.years.length === 0 || filter.periods.length === 0) return [];
  const result = await sql<AggregateRow>`${unitsBelow(filter.rootId, filter.treeYear)},
    cur as (
      select o.indicator_id, o.year, o.period, o.organisation_id, o.gender, o.value from outcome o
      where o.current and o.indicator_id = any(${[...filter.indicatorIds]}::uuid[])
        and o.year = any(${[...filter.years]}::int[]) and o.period = any(${[...filter.periods]}::text[])
        and o.organisation_id in (select id from units)
    ),
    weighed as (
      select c.*, case when i.weight_indicator_id is null then 1 else coalesce(
        (select w.value from outcome w where w.current and w.indicator_id = i.weight_indicator_id
          and w.year = c.year and w.period = c.period and w.organisation_id = c.organisation_id
          and w.gender = c.gender),
        (select w.value from outcome w where w.current and w.indicator_id = i.weight_indicator_id
          and w.year = c.year and w.period = c.period and w.organisation_id = c.organisation_id
          and w.gender = 'T')) end as weight
      from cur c join indicator i on i.id = c.indicator_id
    )
    select indicator_id as "indicatorId", year, period, gender,
      count(value)::int as reported,
      sum(value)::float8 as sum,
      avg(value)::float8 as mean,
      (sum(value * weight) filter (where weight > 0)
        / nullif(sum(weight) filter (where value is not null and weight > 0), 0))::float8 as "weightedMean"
    from weighed group by indicator_id, year, period, gender`.execute(db);
  return result.rows;
}
