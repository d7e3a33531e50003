import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface ChainRow {
  id: string;
  seq: string;
  prevHash: string | null;
  hash: string;
  /** The hash recomputed from the row as it is stored now. */
  expected: string;
}

/** A page of the chain in order, each row with its hash recomputed by the same function that wrote it. */
export async function listChainPage(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<ChainRow[]> {
  const result = await sql<ChainRow>`
    select e.id::text as id, e.seq::text as seq, e.prev_hash as "prevHash", e.hash,
      audit_event_digest(e.seq, e.prev_hash, e.at, e.actor, e.actor_user_id, e.entity, e.entity_id, e.action, e.before, e.after) as expected
    from audit_event e where e.seq > ${afterSeq} order by e.seq limit ${limit}`.execute(db);
  return result.rows;
}

export interface PlanAuditRow {
  seq: string;
  at: Date;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Every event about a plan, oldest first: the plan row, rows naming the plan (sections, budget tables, workflow,
 * comments, snapshots), the rows of its budget tables, and the goals, activities and targets of its organisation
 * and year.
 */
export async function listPlanAuditEvents(
  db: Kysely<Database>,
  plan: { id: string; organisationId: string; year: number },
): Promise<PlanAuditRow[]> {
  const result = await sql<PlanAuditRow>`
    with tables as (
      select entity_id from audit_event
      where entity = 'budgetTable' and coalesce(after, before) ->> 'planId' = ${plan.id}
    )
    select seq::text as seq, at, actor, entity, entity_id as "entityId", action, before, after
    from audit_event
    where entity_id = ${plan.id}
       or coalesce(after, before) ->> 'planId' = ${plan.id}
       or (entity = 'budgetRow' and coalesce(after, before) ->> 'budgetTableId' in (select entity_id from tables))
       or (entity in ('goal', 'target') and coalesce(after, before) ->> 'organisationId' = ${plan.organisationId}
           and coalesce(after, before) ->> 'year' = ${String(plan.year)})
    order by seq`.execute(db);
  return result.rows;
}
