import { type Kysely, sql } from 'kysely';

// Frozen. Full-text search with the Swedish configuration (stemming: "brukarna" finds "brukare"). The
// indexed expressions are the very ones src/db/repos/search.ts searches, so PostgreSQL can use them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index goal_search on goal using gin (to_tsvector('swedish',
    title || ' ' || description || ' ' || expected_results || ' ' || ways_of_working || ' ' ||
    resources || ' ' || follow_up || ' ' || development))`.execute(db);
  await sql`create index indicator_search on indicator using gin (to_tsvector('swedish',
    name || ' ' || description))`.execute(db);
  await sql`create index activity_search on activity using gin (to_tsvector('swedish',
    title || ' ' || description))`.execute(db);
  await sql`create index plan_section_search on plan_section using gin (to_tsvector('swedish',
    heading || ' ' || body))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['goal_search', 'indicator_search', 'activity_search', 'plan_section_search'])
    await sql`drop index if exists ${sql.ref(name)}`.execute(db);
}
