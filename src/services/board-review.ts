// A board's review of its units for a period (or the city's of its boards): who has submitted, who
// is late against the deadline, and how each assessed the goals, side by side.
import {
  type DescendantOrg,
  listAssessmentsOf,
  listDescendants,
  listReportsOf,
} from '../db/repos/follow-up-report.ts';
import type { FollowUpPeriodRow, OrganisationRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { GOAL_LEVELS, type PlanStatus, REPORT_PERIOD_KIND, type ReportPeriod } from '../domain/vocabulary.ts';
import type { BoardReview } from '../shared/schemas/follow-up-views.ts';
import type { Ctx } from './context.ts';
import { getPeriod } from './follow-up-period.ts';
import { isoTimes } from './iso-times.ts';
import { getRecord } from './record.ts';

/** The calendar date in Sweden of a moment, as YYYY-MM-DD (deadlines are Swedish dates). */
export function swedishDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
}

const SUBMITTED: ReadonlySet<PlanStatus> = new Set(['submitted', 'approved', 'decided', 'published']);

/**
 * Late: submitted after the deadline, or not submitted and the deadline has passed. A report that
 * reached a submitted state without a recorded submission (imported) counts as on time.
 */
export function isLate(
  report: { status: PlanStatus; submittedAt: Date | null } | undefined,
  deadline: string,
  today: string,
): boolean {
  if (report && SUBMITTED.has(report.status)) {
    return report.submittedAt !== null && swedishDate(new Date(report.submittedAt)) > deadline;
  }
  return today > deadline;
}

export function deadlineFor(period: FollowUpPeriodRow, kind: string): string {
  return kind === 'board'
    ? period.boardDeadline
    : kind === 'city'
      ? period.cityDeadline
      : period.unitDeadline;
}

/** The organisations that report to one: a board's units, the city's boards. */
export async function listReporters(ctx: Ctx, org: OrganisationRow, year: number): Promise<DescendantOrg[]> {
  const below = await listDescendants(ctx.db, org.id, year);
  if (org.kind === 'board') return below.filter((o) => o.kind === 'unit');
  if (org.kind === 'city') return below.filter((o) => o.kind === 'board');
  throw new AppError(
    'INVALID',
    `${org.name} har inga enheter under sig att granska. Välj en nämnd eller kommunen.`,
  );
}

export async function getBoardReview(
  ctx: Ctx,
  query: { organisationId: string; year: number; period: ReportPeriod },
): Promise<BoardReview> {
  const board: OrganisationRow = await getRecord(ctx.db, 'organisation', query.organisationId);
  const period = await getPeriod(ctx, query.year, query.period);
  const kind = REPORT_PERIOD_KIND[query.period];
  const units = await listReporters(ctx, board, query.year);
  const ids = units.map((u) => u.id);
  const [reports, assessments] = await Promise.all([
    listReportsOf(ctx.db, ids, query.year, kind),
    listAssessmentsOf(ctx.db, ids, query.year, kind),
  ]);
  const reportOf = new Map(reports.map((r) => [r.organisationId, r]));
  const today = swedishDate(ctx.now());
  const goalIds = [...new Set(assessments.map((a) => a.goalId))];
  const goals = await ctx.db
    .selectFrom('goal')
    .select(['id', 'level', 'number', 'title', 'sortOrder'])
    .where('year', '=', query.year)
    .where((eb) =>
      eb.or([eb('organisationId', '=', board.id), ...(goalIds.length > 0 ? [eb('id', 'in', goalIds)] : [])]),
    )
    .where('level', '!=', 'unit')
    .execute();
  goals.sort(
    (a, b) =>
      GOAL_LEVELS.indexOf(a.level) - GOAL_LEVELS.indexOf(b.level) ||
      a.sortOrder - b.sortOrder ||
      (a.number ?? '').localeCompare(b.number ?? '', 'sv', { numeric: true }),
  );
  return {
    board: { id: board.id, name: board.name, kind: board.kind },
    period: isoTimes(period),
    units: units.map((unit) => {
      const report = reportOf.get(unit.id);
      return {
        organisation: { id: unit.id, name: unit.name, kind: unit.kind },
        reportId: report?.reportId ?? null,
        status: report?.status ?? null,
        submittedAt: report?.submittedAt ? new Date(report.submittedAt).toISOString() : null,
        late: isLate(report, deadlineFor(period, unit.kind), today),
        assessments: Object.fromEntries(
          assessments.filter((a) => a.organisationId === unit.id).map((a) => [a.goalId, a.assessment]),
        ),
      };
    }),
    goals: goals.map(({ sortOrder: _, ...g }) => g),
  };
}
