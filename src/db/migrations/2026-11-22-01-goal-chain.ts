import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

function audit(t: CreateTableBuilder<string, string>) {
  return t
    .addColumn('version', 'integer', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c: ColumnDefinitionBuilder) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c: ColumnDefinitionBuilder) => c.notNull());
}

const uuid = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await audit(
    db.schema
      .createTable('organisation')
      .addColumn('id', 'uuid', uuid)
      .addColumn('parent_id', 'uuid', (c) => c.references('organisation.id').onDelete('restrict'))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('city','board','department','unit','team')`),
      )
      .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
      .addColumn('short_name', 'text')
      .addColumn('external_id', 'text', (c) => c.unique())
      .addColumn('valid_from', 'date', (c) => c.notNull().defaultTo(sql`'1900-01-01'`))
      .addColumn('valid_to', 'date')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('origin', 'text', (c) =>
        c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
      )
      .addCheckConstraint('organisation_valid_range', sql`valid_to is null or valid_to >= valid_from`),
  ).execute();
  await db.schema.createIndex('organisation_parent_idx').on('organisation').column('parent_id').execute();

  await audit(
    db.schema
      .createTable('planning_year')
      .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 2000 and 2100`))
      .addColumn('label', 'text')
      .addColumn('template', 'text', (c) => c.notNull().defaultTo('standard')),
  ).execute();

  await audit(
    db.schema
      .createTable('decision')
      .addColumn('id', 'uuid', uuid)
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('dnr', 'text')
      .addColumn('decided_on', 'date', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull()),
  ).execute();

  await audit(
    db.schema
      .createTable('goal')
      .addColumn('id', 'uuid', uuid)
      .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year'))
      .addColumn('level', 'text', (c) =>
        c.notNull().check(sql`level in ('city_direction','city_area','board','unit')`),
      )
      .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
      .addColumn('parent_id', 'uuid', (c) => c.references('goal.id').onDelete('restrict'))
      .addColumn('number', 'text')
      .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 500`))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('expected_results', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('ways_of_working', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('resources', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('follow_up', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('development', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('lineage_id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('origin', 'text', (c) =>
        c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
      )
      .addCheckConstraint('goal_root_level', sql`(level = 'city_direction') = (parent_id is null)`)
      .addUniqueConstraint('goal_number_unique', ['year', 'level', 'organisation_id', 'number']),
  ).execute();
  await db.schema.createIndex('goal_parent_idx').on('goal').column('parent_id').execute();
  await db.schema.createIndex('goal_year_org_idx').on('goal').columns(['year', 'organisation_id']).execute();

  await audit(
    db.schema
      .createTable('indicator')
      .addColumn('id', 'uuid', uuid)
      .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 500`))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('value_kind', 'text', (c) =>
        c.notNull().check(sql`value_kind in ('percent','number','index','amount')`),
      )
      .addColumn('direction', 'text', (c) =>
        c.notNull().check(sql`direction in ('increase','decrease','none')`),
      )
      .addColumn('periodicity', 'text', (c) =>
        c.notNull().check(sql`periodicity in ('year','tertial','quarter','month')`),
      )
      .addColumn('gender_split', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('consolidation', 'text', (c) =>
        c.notNull().check(sql`consolidation in ('sum','mean','weightedMean','none')`),
      )
      .addColumn('external_id', 'text', (c) => c.unique())
      .addColumn('owner_organisation_id', 'uuid', (c) => c.references('organisation.id'))
      .addColumn('origin', 'text', (c) =>
        c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
      ),
  ).execute();

  await audit(
    db.schema
      .createTable('placement')
      .addColumn('id', 'uuid', uuid)
      .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
      .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goal.id').onDelete('cascade'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('placement_unique', ['indicator_id', 'goal_id']),
  ).execute();
  await db.schema.createIndex('placement_goal_idx').on('placement').column('goal_id').execute();

  // A target row is one revision; the current revision has superseded_at null. History is never deleted.
  await db.schema
    .createTable('target')
    .addColumn('id', 'uuid', uuid)
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year'))
    .addColumn('gender', 'text', (c) => c.notNull().defaultTo('T').check(sql`gender in ('T','K','M')`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('number','increase','decrease','set_by_board','text')`),
    )
    .addColumn('value', 'numeric')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('printed', 'text')
    .addColumn('decision_id', 'uuid', (c) => c.references('decision.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('superseded_at', 'timestamptz')
    .addColumn('removed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addCheckConstraint('target_value_kind', sql`(kind = 'number') = (value is not null)`)
    .addCheckConstraint('target_text_kind', sql`kind <> 'text' or length(text) > 0`)
    .addUniqueConstraint('target_revision_unique', [
      'indicator_id',
      'organisation_id',
      'year',
      'gender',
      'revision',
    ])
    .execute();
  await sql`create unique index target_current_idx on target (indicator_id, organisation_id, year, gender)
    where superseded_at is null`.execute(db);

  await audit(
    db.schema
      .createTable('activity')
      .addColumn('id', 'uuid', uuid)
      .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year'))
      .addColumn('goal_id', 'uuid', (c) => c.references('goal.id').onDelete('restrict'))
      .addColumn('owner_organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
      .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 1000`))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('start_date', 'date', (c) => c.notNull())
      .addColumn('end_date', 'date', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('origin', 'text', (c) =>
        c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
      )
      .addCheckConstraint('activity_dates', sql`end_date >= start_date`),
  ).execute();
  await db.schema.createIndex('activity_goal_idx').on('activity').column('goal_id').execute();

  await db.schema
    .createTable('activity_assignment')
    .addColumn('activity_id', 'uuid', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
    .addPrimaryKeyConstraint('activity_assignment_pk', ['activity_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('activity_assignment_org_idx')
    .on('activity_assignment')
    .column('organisation_id')
    .execute();

  await audit(
    db.schema
      .createTable('plan')
      .addColumn('id', 'uuid', uuid)
      .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id'))
      .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('plan','t1','t2','annual')`))
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('author', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('addressee', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('document_date', 'date')
      .addColumn('dnr', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision_proposal', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('economy_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('budget_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) =>
        c.notNull().defaultTo('draft').check(sql`status in ('draft','review','decided')`),
      )
      .addColumn('origin', 'text', (c) =>
        c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
      )
      .addUniqueConstraint('plan_unique', ['organisation_id', 'year', 'kind']),
  ).execute();

  await audit(
    db.schema
      .createTable('plan_section')
      .addColumn('id', 'uuid', uuid)
      .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
      .addColumn('part', 'text', (c) => c.notNull().check(sql`part in ('intro','other','unplaced')`))
      .addColumn('heading', 'text', (c) => c.notNull().check(sql`length(heading) between 1 and 300`))
      .addColumn('depth', 'integer', (c) => c.notNull().defaultTo(1).check(sql`depth between 1 and 3`))
      .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('plan_section_plan_idx').on('plan_section').column('plan_id').execute();

  // Which inherited goals and indicator placements a plan shows (council and board goals are never copied).
  await db.schema
    .createTable('plan_goal')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('plan_goal_pk', ['plan_id', 'goal_id'])
    .execute();
  await db.schema
    .createTable('plan_placement')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('placement_id', 'uuid', (c) => c.notNull().references('placement.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('plan_placement_pk', ['plan_id', 'placement_id'])
    .execute();

  await audit(
    db.schema
      .createTable('budget_table')
      .addColumn('id', 'uuid', uuid)
      .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('layout', 'text', (c) =>
        c.notNull().check(sql`layout in ('category','simple','per_activity')`),
      )
      .addColumn('amount_unit', 'text', (c) => c.notNull().defaultTo('tkr'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  // Amounts are stored with ONE sign convention: revenue and cost both positive.
  await audit(
    db.schema
      .createTable('budget_row')
      .addColumn('id', 'uuid', uuid)
      .addColumn('budget_table_id', 'uuid', (c) =>
        c.notNull().references('budget_table.id').onDelete('cascade'),
      )
      .addColumn('label', 'text', (c) => c.notNull().check(sql`length(label) between 1 and 200`))
      .addColumn('group_kind', 'text', (c) => c.notNull().check(sql`group_kind in ('revenue','cost')`))
      .addColumn('budget', 'numeric', (c) => c.notNull().defaultTo(0))
      .addColumn('forecast', 'numeric')
      .addColumn('outcome', 'numeric')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create','update','delete')`))
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema
    .createIndex('audit_event_entity_idx')
    .on('audit_event')
    .columns(['entity', 'entity_id'])
    .execute();
}
