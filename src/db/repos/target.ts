// Target reads for many indicators at once (SQL lives here, not in importers or routes).
import type { Kysely } from 'kysely';
import type { Database, TargetRow } from '../schema.ts';

/** The current (not superseded, not removed) total targets of the year for the given organisations. */
export function listCurrentTotalTargets(
  db: Kysely<Database>,
  year: number,
  organisationIds: string[],
): Promise<TargetRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('target')
    .selectAll()
    .where('organisationId', 'in', organisationIds)
    .where('year', '=', year)
    .where('gender', '=', 'T')
    .where('supersededAt', 'is', null)
    .where('removed', '=', false)
    .execute();
}
