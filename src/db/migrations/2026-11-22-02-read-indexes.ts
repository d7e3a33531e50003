import { type Kysely, sql } from 'kysely';

// Frozen. Indexes for the plan tree's reads: a plan's current targets by organisation, and activities by year.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index target_org_year_current_idx on target (organisation_id, year) where superseded_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex('activity_year_owner_idx')
    .on('activity')
    .columns(['year', 'owner_organisation_id'])
    .execute();
}
