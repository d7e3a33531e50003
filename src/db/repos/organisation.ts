// Organisation reads over the whole tree (SQL lives here, not in importers or routes).
import type { Kysely } from 'kysely';
import type { Database, OrganisationRow } from '../schema.ts';

/** Every organisation, oldest first. */
export function listAllOrganisations(db: Kysely<Database>): Promise<OrganisationRow[]> {
  return db.selectFrom('organisation').selectAll().orderBy('createdAt').execute();
}
