import { type Kysely, sql } from 'kysely';
import type { OrgKind, PlanKind } from '../../domain/vocabulary.ts';
import { namedStatement } from '../named-statements.ts';
import type { Database, PlanRow } from '../schema.ts';

/** A year's plans (or its T1/T2/VB reports by kind), boards first, then units in organisation order. */
export async function listPlanIdsOfYear(
  db: Kysely<Database>,
  year: number,
  kind: PlanKind = 'plan',
): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select(['plan.id'])
    .where('plan.year', '=', year)
    .where('plan.kind', '=', kind)
    .orderBy(({ case: caseOf }) => caseOf().when('organisation.kind', '=', 'board').then(0).else(1).end())
    .orderBy('organisation.sortOrder')
    .orderBy('organisation.name')
    .orderBy('plan.kind')
    .execute();
  return rows.map((r) => r.id);
}

export interface AncestorNode {
  id: string;
  kind: OrgKind;
  name: string;
}

/**
 * The ancestry (nearest first) in the current tree of the organisation of the `plan` row in the statement
 * around it, as JSON: the walk is listAncestors' without a year (services/organisation-tree.ts).
 */
export const planAncestry = sql<AncestorNode[]>`(with recursive chain as (
    select o.id, o.kind, o.name, 0 as depth from organisation o where o.id = plan.organisation_id
    union all
    select o.id, o.kind, o.name, c.depth + 1
    from chain c
    join lateral (
      select op.parent_id from organisation_parent op
      where op.organisation_id = c.id and op.valid_to is null
      order by op.valid_from desc limit 1
    ) link on true
    join organisation o on o.id = link.parent_id
    where c.depth < 20
  )
  select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'name', name) order by depth), '[]'::json)
  from chain)`;

/**
 * A plan with its organisation's ancestry in the current tree (nearest first), in one round trip: every
 * plan-scoped request checks who may see the plan against that ancestry. The walk is listAncestors' without
 * a year (services/organisation-tree.ts).
 */
export async function findPlanWithAncestry(
  db: Kysely<Database>,
  planId: string,
): Promise<(PlanRow & { ancestry: AncestorNode[] }) | undefined> {
  return db
    .selectFrom('plan')
    .selectAll('plan')
    .select(planAncestry.as('ancestry'))
    .where('plan.id', '=', planId)
    .modifyEnd(namedStatement('plan-with-ancestry'))
    .executeTakeFirst();
}
