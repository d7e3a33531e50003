import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';

// Frozen. Follow-up: periods with deadlines per level, append-only outcomes, goal assessments, activity
// status and budget forecasts per report period, and each board's deviation threshold. A follow-up report
// is a plan row of kind t1/t2/annual; its state is plan.status.

function audit(t: CreateTableBuilder<string, string>) {
  return t
    .addColumn('version', 'integer', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c: ColumnDefinitionBuilder) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c: ColumnDefinitionBuilder) => c.notNull());
}

const uuid = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
// T1, T2, VB, or a month YYYY-MM for the economic forecasts.
const periodCheck = (column: string) => sql.raw(`${column} ~ '^(T1|T2|VB|[0-9]{4}-(0[1-9]|1[0-2]))$'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // Weighted mean needs a weight (e.g. the number of clients per unit); a percentage may be allowed above 100.
  await db.schema
    .alterTable('indicator')
    .addColumn('weight_indicator_id', 'uuid', (c) => c.references('indicator.id').onDelete('set null'))
    .addColumn('percent_unbounded', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await audit(
    db.schema
      .createTable('follow_up_period')
      .addColumn('id', 'uuid', uuid)
      .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull().check(periodCheck('period')))
      .addColumn('starts_on', 'date', (c) => c.notNull())
      .addColumn('ends_on', 'date', (c) => c.notNull())
      .addColumn('unit_deadline', 'date', (c) => c.notNull())
      .addColumn('board_deadline', 'date', (c) => c.notNull())
      .addColumn('city_deadline', 'date', (c) => c.notNull())
      .addCheckConstraint('follow_up_period_range', sql`ends_on >= starts_on`)
      .addCheckConstraint(
        'follow_up_period_deadlines',
        sql`unit_deadline <= board_deadline and board_deadline <= city_deadline`,
      )
      .addUniqueConstraint('follow_up_period_unique', ['year', 'period']),
  ).execute();

  // Append-only: a correction is a new row with the next revision; the highest revision is the current value.
  await db.schema
    .createTable('outcome')
    .addColumn('id', 'uuid', uuid)
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull().references('planning_year.year'))
    .addColumn('period', 'text', (c) => c.notNull().check(periodCheck('period')))
    .addColumn('gender', 'text', (c) => c.notNull().defaultTo('T').check(sql`gender in ('T','K','M')`))
    .addColumn('value', 'numeric')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('preliminary','final','missing')`))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('origin', 'text', (c) =>
      c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
    )
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addCheckConstraint('outcome_value_status', sql`(status = 'missing') = (value is null)`)
    .addUniqueConstraint('outcome_revision_unique', [
      'indicator_id',
      'year',
      'period',
      'organisation_id',
      'gender',
      'revision',
    ])
    .execute();
  await db.schema
    .createIndex('outcome_org_period_idx')
    .on('outcome')
    .columns(['organisation_id', 'year', 'period'])
    .execute();
  await sql`create function outcome_refuse_update() returns trigger language plpgsql as $$
    begin
      raise exception 'Utfall ändras aldrig i efterhand; en rättelse sparas som ett nytt utfall.'
        using errcode = 'P0001', hint = 'outcome_append_only';
    end;
  $$`.execute(db);
  await sql`create trigger outcome_no_update before update on outcome
    for each row execute function outcome_refuse_update()`.execute(db);

  await audit(
    db.schema
      .createTable('goal_assessment')
      .addColumn('id', 'uuid', uuid)
      .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
      .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goal.id').onDelete('cascade'))
      .addColumn('assessment', 'text', (c) =>
        c.notNull().check(sql`assessment in ('fulfilled','partly','not_fulfilled','not_assessed')`),
      )
      .addColumn('analysis', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('goal_assessment_unique', ['plan_id', 'goal_id']),
  ).execute();
  await db.schema.createIndex('goal_assessment_goal_idx').on('goal_assessment').column('goal_id').execute();

  await audit(
    db.schema
      .createTable('activity_status')
      .addColumn('id', 'uuid', uuid)
      .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
      .addColumn('activity_id', 'uuid', (c) => c.notNull().references('activity.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('not_started','started','completed','cancelled','postponed')`),
      )
      .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('activity_status_unique', ['plan_id', 'activity_id']),
  ).execute();

  // Amounts in the budget's single convention (revenue and cost both positive); deviation is computed.
  await audit(
    db.schema
      .createTable('budget_forecast')
      .addColumn('id', 'uuid', uuid)
      .addColumn('budget_row_id', 'uuid', (c) => c.notNull().references('budget_row.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull().check(periodCheck('period')))
      .addColumn('forecast', 'numeric', (c) => c.check(sql`forecast >= 0`))
      .addColumn('outcome', 'numeric', (c) => c.check(sql`outcome >= 0`))
      .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('budget_forecast_unique', ['budget_row_id', 'period']),
  ).execute();

  // Per board: a forecast deviating from budget by more than this (tkr, either way) needs a comment.
  await audit(
    db.schema
      .createTable('deviation_threshold')
      .addColumn('id', 'uuid', uuid)
      .addColumn('organisation_id', 'uuid', (c) =>
        c.notNull().unique().references('organisation.id').onDelete('cascade'),
      )
      .addColumn('amount', 'numeric', (c) => c.notNull().check(sql`amount >= 0`)),
  ).execute();
}
