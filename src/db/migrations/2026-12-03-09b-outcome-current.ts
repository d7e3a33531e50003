import { type Kysely, sql } from 'kysely';

// Frozen. Marks each key's current outcome so reads (roll-ups over a whole city) filter on a flag instead of
// sorting every revision. Values stay append-only: the only change the trigger lets through is a current
// row being marked superseded, once, when its correction is inserted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outcome')
    .addColumn('current', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await sql`update outcome o set current = false where exists (select 1 from outcome n
    where n.indicator_id = o.indicator_id and n.year = o.year and n.period = o.period
      and n.organisation_id = o.organisation_id and n.gender = o.gender and n.revision > o.revision)`.execute(
    db,
  );
  await sql`create or replace function outcome_refuse_update() returns trigger language plpgsql as $$
    begin
      if old.current and not new.current
        and (to_jsonb(new) - 'current') = (to_jsonb(old) - 'current') then
        return new;
      end if;
      raise exception 'Utfall ändras aldrig i efterhand; en rättelse sparas som ett nytt utfall.'
        using errcode = 'P0001', hint = 'outcome_append_only';
    end;
  $$`.execute(db);
  await sql`create unique index outcome_current_unique on outcome
    (indicator_id, year, period, organisation_id, gender) where current`.execute(db);
  await sql`create index outcome_current_org_idx on outcome (organisation_id, year, period) where current`.execute(
    db,
  );
}
