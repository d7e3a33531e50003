import { type Kysely, sql } from 'kysely';

// Frozen. Indexes on foreign keys that the plan tree reads by (a plan's budget tables and their rows, a
// unit's own activities) or that deleting the referenced row must check (a goal's or a placement's
// choices in plans, an activity's statuses, a person's roles and tokens). Without them each plan tree
// scanned every budget table and row of the city: 3.8 of its 9.6 ms in PostgreSQL at city scale.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create index budget_table_plan_idx on budget_table (plan_id)`,
    sql`create index budget_row_table_idx on budget_row (budget_table_id)`,
    sql`create index activity_owner_year_idx on activity (owner_organisation_id, year)`,
    sql`create index activity_status_activity_idx on activity_status (activity_id)`,
    sql`create index plan_goal_goal_idx on plan_goal (goal_id)`,
    sql`create index plan_placement_placement_idx on plan_placement (placement_id)`,
    sql`create index goal_organisation_idx on goal (organisation_id)`,
    sql`create index user_role_organisation_idx on user_role (organisation_id)`,
    sql`create index api_token_user_idx on api_token (user_id)`,
    sql`create index api_token_organisation_idx on api_token (organisation_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
