import { type Kysely, sql } from 'kysely';

// Frozen. outcome_current_org_idx (organisation, year, period, current rows only) repeated
// outcome_org_period_idx (the same columns, every row): every read by organisation can use the latter,
// and every outcome written paid for both. A bulk import of 100,000 rows writes each index 100,000 times.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index outcome_current_org_idx`.execute(db);
}
