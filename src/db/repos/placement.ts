// Placement reads for many goals at once (SQL lives here, not in importers or routes).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Id, indicator and goal of every placement under the given goals. */
export function listPlacementsOfGoals(db: Kysely<Database>, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('placement')
    .select(['id', 'indicatorId', 'goalId'])
    .where('goalId', 'in', goalIds)
    .execute();
}
