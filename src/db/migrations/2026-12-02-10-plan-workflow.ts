import { type Kysely, sql } from 'kysely';

// Frozen. Plans and follow-up reports move draft → submitted → approved → decided → published; every step
// (with the comment of a return or reopen) is kept in plan_workflow_event. A decided plan points at its decision.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan drop constraint if exists plan_status_check`.execute(db);
  await sql`update plan set status = 'submitted' where status = 'review'`.execute(db);
  await sql`alter table plan add constraint plan_status_check
    check (status in ('draft','submitted','approved','decided','published'))`.execute(db);

  await db.schema.alterTable('decision').addColumn('paragraph', 'text').execute();
  await db.schema
    .alterTable('plan')
    .addColumn('decision_id', 'uuid', (c) => c.references('decision.id'))
    .execute();

  await db.schema
    .createTable('plan_workflow_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('submit','return','approve','decide','publish','reopen')`),
    )
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_id', 'uuid', (c) => c.references('decision.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_workflow_event_plan_idx')
    .on('plan_workflow_event')
    .columns(['plan_id', 'at'])
    .execute();
}
