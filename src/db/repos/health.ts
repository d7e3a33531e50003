import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** One cheap query that fails when the database is unreachable or not migrated. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await db.selectFrom('planningYear').select('year').limit(1).execute();
}
