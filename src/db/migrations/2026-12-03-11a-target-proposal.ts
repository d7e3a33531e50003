import type { Kysely } from 'kysely';

// Frozen. A target carried into a new year by the rollover is a proposal until someone confirms it
// (or sets another value): the plan editor asks for it and the plan is not complete before.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('target')
    .addColumn('proposed', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('target').dropColumn('proposed').execute();
}
