// Everything a plan tree holds beyond the plan and its organisations, in one statement: each part is
// aggregated to JSON by the database, so a tree costs one round trip instead of ten (at city scale the
// round trips, not the rows, were most of a tree's cost).
import { type Kysely, sql } from 'kysely';
import type {
  BudgetGroup,
  BudgetLayout,
  GoalTextField,
  OrgKind,
  SectionPart,
} from '../../domain/vocabulary.ts';
import { namedStatement } from '../named-statements.ts';
import type { Database, GoalRow, IndicatorRow, PlanRow, TargetRow } from '../schema.ts';
import { type AncestorNode, planAncestry } from './plan.ts';

export type TreeGoalRow = Pick<
  GoalRow,
  'id' | 'level' | 'organisationId' | 'parentId' | 'number' | 'title' | GoalTextField | 'version'
>;
export type TreePlacementRow = Pick<
  IndicatorRow,
  'id' | 'name' | 'unit' | 'valueKind' | 'direction' | 'periodicity' | 'genderSplit' | 'externalId'
> & { placementId: string; goalId: string };
export type TreeTargetRow = Pick<
  TargetRow,
  | 'id'
  | 'indicatorId'
  | 'organisationId'
  | 'gender'
  | 'kind'
  | 'value'
  | 'text'
  | 'printed'
  | 'revision'
  | 'decisionId'
  | 'proposed'
>;
export interface TreeActivityRow {
  id: string;
  goalId: string | null;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  ownerOrganisationId: string;
  assignedOrganisationIds: string[];
  version: number;
}
export interface TreeBudgetTableRow {
  id: string;
  title: string;
  layout: BudgetLayout;
  amountUnit: string;
  version: number;
  rows: {
    id: string;
    label: string;
    groupKind: BudgetGroup;
    budget: number;
    forecast: number | null;
    outcome: number | null;
    version: number;
  }[];
}
export interface TreeSectionRow {
  id: string;
  part: SectionPart;
  heading: string;
  depth: number;
  body: string;
  sortOrder: number;
  version: number;
}

export interface PlanTreeOrganisation {
  id: string;
  kind: OrgKind;
  name: string;
}

export interface PlanTreeRows {
  /** The plan's organisation first, then each one above it as it was placed in the plan's year. */
  chain: PlanTreeOrganisation[];
  goals: TreeGoalRow[];
  placements: TreePlacementRow[];
  targets: TreeTargetRow[];
  goalIds: string[];
  placementIds: string[];
  sections: TreeSectionRow[];
  budgetTables: TreeBudgetTableRow[];
  activities: TreeActivityRow[];
  /** With `lean`: per goal id, how many placements were left out. */
  hiddenCounts: Record<string, number>;
  /** The year's document template name (null: the default). */
  template: string | null;
}

/**
 * The plan itself with its organisation's ancestry in the current tree (for the check of who may see it),
 * the goals of the plan's owners for the plan's year with their placed indicators and current targets,
 * the plan's chosen goals and placements, its sections and budget, and the activities visible to the
 * plan's organisation (its own and those assigned to it). Undefined when there is no such plan.
 */
export async function loadPlanTreeRows(
  db: Kysely<Database>,
  key: { planId: string; lean: boolean },
): Promise<(PlanTreeRows & { plan: PlanRow; ancestry: AncestorNode[] }) | undefined> {
  const { planId, lean } = key;
  // Read inside the CTEs, which come before the plan row; the select list below uses plan.year.
  const year = sql`(select year from chain where depth = 0)`;
  // The owners whose goals the plan shows: its organisation and the nearest board and city above it.
  const owners = sql`(select id from owners)`;
  const organisationId = sql`(select id from chain where depth = 0)`;
  const list = (body: ReturnType<typeof sql>) => sql`coalesce((${body}), '[]'::json)`;
  // With `lean`, inherited placements the plan neither shows nor has a target of its own for are left
  // out (only counted), and so are their targets: most of a unit's tree at city scale.
  // chain: the same walk up the organisation tree as listAncestors, as placed in the plan's year.
  const result = await sql<PlanRow & PlanTreeRows & { ancestry: AncestorNode[] }>`with recursive chain as (
      select o.id, o.kind, o.name, 0 as depth, p.year from organisation o
      join plan p on p.organisation_id = o.id where p.id = ${planId}
      union all
      select o.id, o.kind, o.name, c.depth + 1, c.year
      from chain c
      join lateral (
        select op.parent_id from organisation_parent op
        where op.organisation_id = c.id
          and op.valid_from <= make_date(c.year, 12, 31) and (op.valid_to is null or op.valid_to >= make_date(c.year, 1, 1))
        order by op.valid_from desc limit 1
      ) link on true
      join organisation o on o.id = link.parent_id
      where c.depth < 20
    ),
    owners as (
      select id from chain where depth = 0
      union select id from (select id from chain where kind = 'board' order by depth limit 1) board
      union select id from (select id from chain where kind = 'city' order by depth limit 1) city
    ),
    placed as (
      select p.id, p.goal_id, p.indicator_id, p.sort_order,
        (not (${lean}::boolean and (select kind from chain where depth = 0) in ('unit', 'department', 'team'))
          or g.organisation_id = ${organisationId}
          or p.id in (select pp.placement_id from plan_placement pp where pp.plan_id = ${planId})
          or p.indicator_id in (select t.indicator_id from target t where t.organisation_id = ${organisationId}
            and t.year = ${year} and t.superseded_at is null and not t.removed)) as kept
      from placement p join goal g on g.id = p.goal_id
      where g.year = ${year} and g.organisation_id in ${owners}
    )
    select plan.*, ${planAncestry} as ancestry,
    (select template from planning_year where year = plan.year) as template,
    ${list(sql`select json_agg(json_build_object('id', id, 'kind', kind, 'name', name) order by depth)
      from chain`)} as chain,
    ${list(sql`select json_agg(json_build_object('id', g.id, 'level', g.level, 'organisationId', g.organisation_id,
        'parentId', g.parent_id, 'number', g.number, 'title', g.title, 'description', g.description,
        'expectedResults', g.expected_results, 'waysOfWorking', g.ways_of_working, 'resources', g.resources,
        'followUp', g.follow_up, 'development', g.development, 'version', g.version)
        order by g.sort_order, g.number, g.created_at)
      from goal g where g.year = plan.year and g.organisation_id in ${owners}`)} as goals,
    ${list(sql`select json_agg(json_build_object('placementId', p.id, 'goalId', p.goal_id, 'id', i.id,
        'name', i.name, 'unit', i.unit, 'valueKind', i.value_kind, 'direction', i.direction,
        'periodicity', i.periodicity, 'genderSplit', i.gender_split, 'externalId', i.external_id)
        order by p.sort_order, p.id)
      from placed p join indicator i on i.id = p.indicator_id where p.kept`)} as placements,
    coalesce((select json_object_agg(goal_id, n) from (select goal_id, count(*) as n from placed
      where not kept group by goal_id) hidden), '{}'::json) as "hiddenCounts",
    ${list(sql`select json_agg(json_build_object('id', t.id, 'indicatorId', t.indicator_id,
        'organisationId', t.organisation_id, 'gender', t.gender, 'kind', t.kind, 'value', t.value,
        'text', t.text, 'printed', t.printed, 'revision', t.revision, 'decisionId', t.decision_id,
        'proposed', t.proposed)
        order by t.gender)
      from target t where t.year = plan.year and t.superseded_at is null and not t.removed
        and t.organisation_id in ${owners}
        and t.indicator_id in (select indicator_id from placed where kept)`)} as targets,
    ${list(sql`select json_agg(goal_id) from plan_goal where plan_id = ${planId}`)} as "goalIds",
    ${list(sql`select json_agg(placement_id) from plan_placement where plan_id = ${planId}`)} as "placementIds",
    ${list(sql`select json_agg(json_build_object('id', s.id, 'part', s.part, 'heading', s.heading,
        'depth', s.depth, 'body', s.body, 'sortOrder', s.sort_order, 'version', s.version)
        order by s.part, s.sort_order, s.created_at)
      from plan_section s where s.plan_id = ${planId}`)} as sections,
    ${list(sql`select json_agg(json_build_object('id', b.id, 'title', b.title, 'layout', b.layout,
        'amountUnit', b.amount_unit, 'version', b.version, 'rows', ${list(sql`select json_agg(json_build_object(
          'id', r.id, 'label', r.label, 'groupKind', r.group_kind, 'budget', r.budget,
          'forecast', r.forecast, 'outcome', r.outcome, 'version', r.version)
          order by r.sort_order, r.created_at)
        from budget_row r where r.budget_table_id = b.id`)})
        order by b.sort_order, b.created_at)
      from budget_table b where b.plan_id = ${planId}`)} as "budgetTables",
    ${list(sql`select json_agg(json_build_object('id', a.id, 'goalId', a.goal_id, 'title', a.title,
        'description', a.description, 'startDate', a.start_date, 'endDate', a.end_date,
        'ownerOrganisationId', a.owner_organisation_id, 'version', a.version,
        'assignedOrganisationIds', ${list(sql`select json_agg(x.organisation_id order by x.organisation_id)
          from activity_assignment x where x.activity_id = a.id`)})
        order by a.sort_order, a.start_date, a.created_at)
      from activity a where a.year = plan.year and a.id in (
        select own.id from activity own where own.owner_organisation_id = ${organisationId} and own.year = plan.year
        union all select x.activity_id from activity_assignment x where x.organisation_id = ${organisationId})`)} as activities
    from plan where plan.id = ${planId}${namedStatement('plan-tree')}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  // The row holds the plan's own columns beside the tree's parts.
  const {
    ancestry,
    template,
    chain,
    goals,
    placements,
    hiddenCounts,
    targets,
    goalIds,
    placementIds,
    sections,
    budgetTables,
    activities,
    ...plan
  } = row;
  return {
    plan,
    ancestry,
    template,
    chain,
    goals,
    placements,
    hiddenCounts,
    targets,
    goalIds,
    placementIds,
    sections,
    budgetTables,
    activities,
  };
}
