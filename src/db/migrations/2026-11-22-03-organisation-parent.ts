import { type Kysely, sql } from 'kysely';

// Frozen. Where an organisation sits in the tree, over time: units move between boards and districts merge,
// and a past year's plan must still show the board the unit belonged to then.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation_parent')
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addPrimaryKeyConstraint('organisation_parent_pk', ['organisation_id', 'valid_from'])
    .addCheckConstraint('organisation_parent_range', sql`valid_to is null or valid_to >= valid_from`)
    .addCheckConstraint('organisation_parent_not_self', sql`organisation_id <> parent_id`)
    .execute();
  await db.schema
    .createIndex('organisation_parent_parent_idx')
    .on('organisation_parent')
    .column('parent_id')
    .execute();
  await sql`insert into organisation_parent (organisation_id, parent_id, valid_from)
    select id, parent_id, valid_from from organisation where parent_id is not null`.execute(db);
}
