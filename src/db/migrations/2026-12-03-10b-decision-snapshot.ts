import { type Kysely, sql } from 'kysely';

// Frozen. Deciding a plan freezes what was decided: the document model as JSON text (byte for byte), the PDF
// (PDF/UA-1), the DOCX and the archive copy (PDF/A-2a). A snapshot row can never be changed; the plan it belongs
// to cannot be deleted while it has one. Comments on a plan (or one of its goals, sections or indicators) sit beside.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_snapshot')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('restrict'))
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('decision.id'))
    .addColumn('plan_version', 'integer', (c) => c.notNull())
    .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
    .addColumn('taken_by', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('pdf', 'bytea', (c) => c.notNull())
    .addColumn('docx', 'bytea', (c) => c.notNull())
    .addColumn('archive_pdf', 'bytea', (c) => c.notNull())
    .addColumn('archive_sha256', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_snapshot_plan_idx')
    .on('plan_snapshot')
    .columns(['plan_id', 'taken_at'])
    .execute();
  await sql`create function plan_snapshot_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'Ett beslutat dokument kan inte ändras (%). Öppna en ny version av planen i stället.', tg_op
        using errcode = 'P0001', hint = 'plan_snapshot_frozen';
    end;
  $$`.execute(db);
  await sql`create trigger plan_snapshot_no_update
    before update on plan_snapshot
    for each row execute function plan_snapshot_refuse_change()`.execute(db);

  await db.schema
    .createTable('plan_comment')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('target_kind', 'text', (c) =>
      c.notNull().check(sql`target_kind in ('plan','goal','section','indicator')`),
    )
    .addColumn('target_id', 'uuid')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_comment_plan_idx')
    .on('plan_comment')
    .columns(['plan_id', 'created_at'])
    .execute();
}
