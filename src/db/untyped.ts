import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The database seen without its schema, for the few generic writes whose table or columns are variables
 * (the JSON import, demo removal, synthetic seeding). Everywhere else use the typed Kysely<Database>.
 */
export type UntypedDatabase = Record<string, Record<string, unknown>>;

export const untyped = (db: Kysely<Database>) => db as unknown as Kysely<UntypedDatabase>;
