import { type Kysely, sql } from 'kysely';

// Frozen. The audit trail is append-only in the database itself, so neither a bug in a service nor a hand-typed
// statement can rewrite history; the later tamper-evident chain relies on rows never changing once written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function audit_event_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'Granskningsloggen går bara att lägga till i; händelser kan inte ändras eller tas bort (%).', tg_op
        using errcode = 'P0001', hint = 'audit_event_append_only';
    end;
  $$`.execute(db);
  await sql`create trigger audit_event_no_update_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change()`.execute(db);
  await sql`create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change()`.execute(db);
}
