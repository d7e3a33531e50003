// Goal reads that span many goals at once (SQL lives here, not in importers or routes).
import type { Kysely } from 'kysely';
import type { Database, GoalRow } from '../schema.ts';

/** Every goal of the year owned by one of the organisations, in document order. */
export function listGoalsOfOwners(
  db: Kysely<Database>,
  year: number,
  ownerIds: string[],
): Promise<GoalRow[]> {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('goal')
    .selectAll()
    .where('year', '=', year)
    .where('organisationId', 'in', ownerIds)
    .orderBy('sortOrder')
    .orderBy('createdAt')
    .execute();
}

/** Owner and title of every board goal of the year (to recognise a board by the goals a plan repeats). */
export function listBoardGoalTitles(db: Kysely<Database>, year: number) {
  return db
    .selectFrom('goal')
    .select(['organisationId', 'title'])
    .where('year', '=', year)
    .where('level', '=', 'board')
    .execute();
}
