import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The document template generation a planning year names, or undefined when the year has no row. */
export async function findYearTemplate(db: Kysely<Database>, year: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('planningYear')
    .select('template')
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.template ?? undefined;
}
