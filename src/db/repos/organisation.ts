// Organisation reads over the whole tree (SQL lives here, not in importers or routes).
import { type Kysely, sql } from 'kysely';
import type { Database, OrganisationRow } from '../schema.ts';

/** Every organisation, oldest first. */
export function listAllOrganisations(db: Kysely<Database>): Promise<OrganisationRow[]> {
  return db.selectFrom('organisation').selectAll().orderBy('createdAt').execute();
}

/** The organisations under the given ones in the current tree (themselves included). */
export async function listSubtreeIds(db: Kysely<Database>, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const result = await sql<{ id: string }>`
    with recursive sub as (
      select id from organisation where id in (${sql.join(rootIds)})
      union
      select op.organisation_id from organisation_parent op join sub on op.parent_id = sub.id
      where op.valid_to is null
    )
    select id from sub`.execute(db);
  return result.rows.map((r) => r.id);
}
