// Indicator reads (SQL lives here, not in importers or routes).
import type { Kysely } from 'kysely';
import type { Database, IndicatorRow } from '../schema.ts';

/** Every indicator, oldest first. */
export function listAllIndicators(db: Kysely<Database>): Promise<IndicatorRow[]> {
  return db.selectFrom('indicator').selectAll().orderBy('createdAt').execute();
}
