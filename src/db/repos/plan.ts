import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Every plan of a year: board plans first, then the rest, in organisation order, then by kind. */
export async function listPlanIdsOfYear(db: Kysely<Database>, year: number): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select(['plan.id'])
    .where('plan.year', '=', year)
    .orderBy(({ case: caseOf }) => caseOf().when('organisation.kind', '=', 'board').then(0).else(1).end())
    .orderBy('organisation.sortOrder')
    .orderBy('organisation.name')
    .orderBy('plan.kind')
    .execute();
  return rows.map((r) => r.id);
}
