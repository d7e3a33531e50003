import { type Kysely, sql } from 'kysely';

// Frozen. The municipality's own settings: one row, its letterhead logo. (Organisation codes,
// organisation.external_id, are already unique since the first migration.)
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('id', 'integer', (c) => c.primaryKey().defaultTo(1).check(sql`id = 1`))
    .addColumn('logo', 'bytea')
    .addColumn('logo_type', 'text', (c) => c.check(sql`logo_type in ('image/png','image/svg+xml')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
