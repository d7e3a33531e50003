import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Outcomes for the synthetic city, written by the database itself (hundreds of thousands of rows):
 * every unit, the given indicators, every year, every period their periodicity asks for
 * (tertial T1/T2/VB, yearly VB), and women and men where the indicator is gender-split. Every fifth
 * indicator is weighted by the first, so the weighted mean is measured too.
 */
export async function seedSyntheticOutcomes(
  db: Kysely<Database>,
  options: { indicatorIds: string[]; unitIds: string[]; years: number[] },
): Promise<number> {
  const ids = options.indicatorIds;
  if (ids.length === 0 || options.unitIds.length === 0) return 0;
  const weighted = ids.filter((_, i) => i % 5 === 1);
  if (weighted.length > 0) {
    await db
      .updateTable('indicator')
      .set({ weightIndicatorId: ids[0]! })
      .where('id', 'in', weighted)
      .execute();
  }
  const result = await sql`insert into outcome
      (indicator_id, organisation_id, year, period, gender, value, status, revision, origin, created_at, created_by)
    select i.id, u.id, y.year, p.period, g.gender,
      round((40 + random() * 60)::numeric, 1), 'final', 1, 'demo', now(), 'syntetisk'
    from indicator i
    cross join unnest(${options.unitIds}::uuid[]) as u(id)
    cross join unnest(${options.years}::int[]) as y(year)
    cross join (values ('T1'), ('T2'), ('VB')) as p(period)
    cross join (values ('T'), ('K'), ('M')) as g(gender)
    where i.id = any(${ids}::uuid[])
      and (i.periodicity = 'tertial' or p.period = 'VB')
      and (g.gender = 'T' or i.gender_split)`.execute(db);
  await sql`analyze outcome`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
