// Reads around follow-up reports (plan rows of kind t1/t2/annual): their assessments, activity
// statuses and forecasts, the organisations below one, and how those assessed shared goals.
import { type Kysely, sql } from 'kysely';
import type { Assessment, OrgKind, PlanKind, PlanStatus } from '../../domain/vocabulary.ts';
import type { ActivityStatusRow, BudgetForecastRow, Database, GoalAssessmentRow } from '../schema.ts';

/** The report ids of a year and report kind, in organisation order (documents for every report). */
export async function listReportIds(db: Kysely<Database>, year: number, kind: PlanKind): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select('plan.id')
    .where('plan.year', '=', year)
    .where('plan.kind', '=', kind)
    .orderBy('organisation.sortOrder')
    .orderBy('organisation.name')
    .execute();
  return rows.map((r) => r.id);
}

export function listAssessments(db: Kysely<Database>, planId: string): Promise<GoalAssessmentRow[]> {
  return db.selectFrom('goalAssessment').selectAll().where('planId', '=', planId).execute();
}

export function listActivityStatuses(db: Kysely<Database>, planId: string): Promise<ActivityStatusRow[]> {
  return db.selectFrom('activityStatus').selectAll().where('planId', '=', planId).execute();
}

export function listForecasts(
  db: Kysely<Database>,
  budgetRowIds: readonly string[],
  period: string,
): Promise<BudgetForecastRow[]> {
  if (budgetRowIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('budgetForecast')
    .selectAll()
    .where('budgetRowId', 'in', [...budgetRowIds])
    .where('period', '=', period)
    .execute();
}

/** The forecasts of these budget rows in any of the periods (a report's months), in one read. */
export function listForecastsIn(
  db: Kysely<Database>,
  budgetRowIds: readonly string[],
  periods: readonly string[],
): Promise<BudgetForecastRow[]> {
  if (budgetRowIds.length === 0 || periods.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('budgetForecast')
    .selectAll()
    .where('budgetRowId', 'in', [...budgetRowIds])
    .where('period', 'in', [...periods])
    .execute();
}

export interface DescendantOrg {
  id: string;
  name: string;
  kind: OrgKind;
  parentId: string;
  depth: number;
  sortOrder: number;
}

/** Every organisation below one as the tree stood in a year (the latest placement overlapping it). */
export async function listDescendants(
  db: Kysely<Database>,
  organisationId: string,
  year: number,
): Promise<DescendantOrg[]> {
  const result = await sql<DescendantOrg>`with recursive links as (
      select distinct on (op.organisation_id) op.organisation_id, op.parent_id from organisation_parent op
      where op.valid_from <= make_date(${year}::int, 12, 31)
        and (op.valid_to is null or op.valid_to >= make_date(${year}::int, 1, 1))
      order by op.organisation_id, op.valid_from desc
    ),
    below as (
      select l.organisation_id as id, l.parent_id, 1 as depth from links l where l.parent_id = ${organisationId}
      union all
      select l.organisation_id, l.parent_id, b.depth + 1 from links l join below b on l.parent_id = b.id
      where b.depth < 20
    )
    select o.id, o.name, o.kind, b.parent_id as "parentId", b.depth, o.sort_order as "sortOrder"
    from below b join organisation o on o.id = b.id
    order by b.depth, o.sort_order, o.name`.execute(db);
  return result.rows;
}

export interface ReportOfOrg {
  organisationId: string;
  reportId: string;
  status: PlanStatus;
  /** When it was last submitted (null if never). */
  submittedAt: Date | null;
}

/** The reports of a kind and year of the given organisations, with when each was last submitted. */
export async function listReportsOf(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  year: number,
  kind: PlanKind,
): Promise<ReportOfOrg[]> {
  if (organisationIds.length === 0) return [];
  const result = await sql<ReportOfOrg>`select p.organisation_id as "organisationId", p.id as "reportId",
      p.status, (select max(e.at) from plan_workflow_event e where e.plan_id = p.id and e.action = 'submit')
        as "submittedAt"
    from plan p where p.year = ${year} and p.kind = ${kind}
      and p.organisation_id = any(${[...organisationIds]}::uuid[])`.execute(db);
  return result.rows;
}

/** How the given organisations' reports of a kind assessed goals. */
export async function listAssessmentsOf(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  year: number,
  kind: PlanKind,
): Promise<{ organisationId: string; goalId: string; assessment: Assessment }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('goalAssessment')
    .innerJoin('plan', 'plan.id', 'goalAssessment.planId')
    .select(['plan.organisationId', 'goalAssessment.goalId', 'goalAssessment.assessment'])
    .where('plan.year', '=', year)
    .where('plan.kind', '=', kind)
    .where('plan.organisationId', '=', sql<string>`any(${[...organisationIds]}::uuid[])`)
    .execute();
}

/** The goals of these organisations that answer a goal above (parent set), in plan order. */
export async function listAnsweringGoals(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  year: number,
): Promise<{ id: string; organisationId: string; parentId: string; number: string | null; title: string }[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('goal')
    .select(['id', 'organisationId', 'parentId', 'number', 'title'])
    .where('year', '=', year)
    .where('parentId', 'is not', null)
    .where('organisationId', '=', sql<string>`any(${[...organisationIds]}::uuid[])`)
    .orderBy('sortOrder')
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ ...r, parentId: r.parentId as string }));
}
