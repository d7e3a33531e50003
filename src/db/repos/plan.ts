import type { Kysely } from 'kysely';
import type { PlanKind } from '../../domain/vocabulary.ts';
import type { Database } from '../schema.ts';

/** A year's plans (or its T1/T2/VB reports by kind), boards first, then units in organisation order. */
export async function listPlanIdsOfYear(
  db: Kysely<Database>,
  year: number,
  kind: PlanKind = 'plan',
): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select(['plan.id'])
    .where('plan.year', '=', year)
    .where('plan.kind', '=', kind)
    .orderBy(({ case: caseOf }) => caseOf().when('organisation.kind', '=', 'board').then(0).else(1).end())
    .orderBy('organisation.sortOrder')
    .orderBy('organisation.name')
    .orderBy('plan.kind')
    .execute();
  return rows.map((r) => r.id);
}
