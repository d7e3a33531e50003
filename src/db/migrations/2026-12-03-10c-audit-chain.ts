import { type Kysely, sql } from 'kysely';

// Frozen. The audit trail becomes a hash chain: each event's hash covers its content and the previous event's
// hash, so changing or deleting any row breaks the chain from there on (`malkedja audit verify` finds it).
// seq, prev_hash and hash are set by a trigger in the inserting transaction under one advisory lock, so
// concurrent writers on PostgreSQL still form one chain (ids can commit out of order; seq cannot).
// actor_user_id names the signed-in person behind the actor's name.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_event
    add column actor_user_id text,
    add column seq bigint,
    add column prev_hash text,
    add column hash text`.execute(db);

  // One canonical text per event (a JSON array keeps field boundaries unambiguous), hashed with SHA-256.
  await sql`create function audit_event_digest(
      seq bigint, prev_hash text, at timestamptz, actor text, actor_user_id text,
      entity text, entity_id text, action text, before jsonb, after jsonb) returns text
    language sql stable as $$
      select encode(sha256(convert_to(json_build_array(
        seq, prev_hash, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        actor, actor_user_id, entity, entity_id, action, before, after)::text, 'UTF8')), 'hex')
    $$`.execute(db);

  // Existing events are chained in id order, once, with the append-only guard lifted for this migration only.
  await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
  await sql`do $$
    declare r record; prev text := null; h text; n bigint := 0;
    begin
      for r in select * from audit_event order by id loop
        n := n + 1;
        h := audit_event_digest(n, prev, r.at, r.actor, r.actor_user_id, r.entity, r.entity_id, r.action, r.before, r.after);
        update audit_event set seq = n, prev_hash = prev, hash = h where id = r.id;
        prev := h;
      end loop;
    end $$`.execute(db);
  await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
  await sql`alter table audit_event alter column seq set not null, alter column hash set not null`.execute(
    db,
  );
  await sql`create unique index audit_event_seq_idx on audit_event (seq)`.execute(db);

  await sql`create function audit_event_chain() returns trigger language plpgsql as $$
    declare last record;
    begin
      -- One writer at a time extends the chain; the lock is held until the inserting transaction ends.
      perform pg_advisory_xact_lock(7424687512);
      select e.seq, e.hash into last from audit_event e order by e.seq desc limit 1;
      new.seq := coalesce(last.seq, 0) + 1;
      new.prev_hash := last.hash;
      new.hash := audit_event_digest(new.seq, new.prev_hash, new.at, new.actor, new.actor_user_id,
        new.entity, new.entity_id, new.action, new.before, new.after);
      return new;
    end;
  $$`.execute(db);
  await sql`create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain()`.execute(db);

  // The Historik view reads a plan's events by the plan or organisation their rows name.
  await sql`create index audit_event_plan_idx on audit_event ((coalesce(after, before) ->> 'planId'))`.execute(
    db,
  );
  await sql`create index audit_event_org_idx on audit_event ((coalesce(after, before) ->> 'organisationId'))`.execute(
    db,
  );
}
