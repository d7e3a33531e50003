// The lock that serialises plan imports (SQL lives here, not in importers).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

const IMPORT_LOCK = 7_406_211;

/**
 * Imports link to what earlier imports created; serialising them keeps two concurrent uploads of one
 * board's plans from both creating the same board goal. Held until the transaction ends.
 */
export async function lockImports(db: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(db);
}
