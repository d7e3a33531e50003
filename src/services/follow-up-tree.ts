// The follow-up report in document order: the plan's goal chain, and beside each goal its assessment,
// the assessments of the organisations below, its indicators with targets and the latest outcomes, and
// its activities with their status; then the budget with forecasts and what is still missing.
import {
  listActivityStatuses,
  listAnsweringGoals,
  listAssessments,
  listAssessmentsOf,
  listDescendants,
} from '../db/repos/follow-up-report.ts';
import { listLatestOutcomes, outcomeKey } from '../db/repos/outcome.ts';
import type { OutcomeRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { deadlineLevel, isDue, monthsOfReport, reportValuePeriod } from '../domain/follow-up-period.ts';
import { compareWithTarget } from '../domain/outcome-rules.ts';
import { isWritable } from '../domain/plan-workflow.ts';
import { type Assessment, REPORT_PERIOD_KIND } from '../domain/vocabulary.ts';
import type { FollowUpTree, ReportGoal, ReportIndicator } from '../shared/schemas/follow-up-views.ts';
import type { TreeGoal, TreeIndicator, TreeTarget } from '../shared/schemas/plan-tree.ts';
import type { Gender } from '../shared/vocabulary.ts';
import type { Ctx } from './context.ts';
import { buildBudget, findMissing } from './follow-up-completeness.ts';
import { getPeriod } from './follow-up-period.ts';
import { getReport } from './follow-up-report.ts';
import { findThresholdAmount } from './forecast.ts';
import { isoTimes } from './iso-times.ts';
import { findPlan } from './plan.ts';
import { buildPlanTree } from './plan-tree.ts';

const GENDERS_SPLIT: Gender[] = ['T', 'K', 'M'];

/** The target an outcome is measured against: the organisation's own, else its board's, else the city's. */
export function targetFor(targets: readonly TreeTarget[], gender: Gender): TreeTarget | null {
  for (const scope of ['own', 'board', 'city'] as const) {
    const inScope = targets.filter((t) => t.scope === scope);
    const hit = inScope.find((t) => t.gender === gender) ?? inScope.find((t) => t.gender === 'T');
    if (hit) return hit;
  }
  return null;
}

export async function buildFollowUpTree(ctx: Ctx, reportId: string): Promise<FollowUpTree> {
  const report = await getReport(ctx, reportId);
  const { year, period } = report;
  const periodRow = await getPeriod(ctx, year, period);
  const plan = await findPlan(ctx, report.organisationId, year, 'plan');
  const base = await buildPlanTree(ctx, plan?.id ?? report.id);
  const org = base.organisation;

  const shownGoals = flatten(base.goals).filter((g) => g.shown);
  const indicators = new Map<string, TreeIndicator>();
  for (const goal of shownGoals)
    for (const i of goal.indicators) if (i.shown) indicators.set(i.indicatorId, i);
  const details =
    indicators.size === 0
      ? []
      : await ctx.db
          .selectFrom('indicator')
          .select(['id', 'consolidation', 'percentUnbounded'])
          .where('id', 'in', [...indicators.keys()])
          .execute();
  const detailOf = new Map(details.map((d) => [d.id, d]));
  const valuePeriods = new Map(
    [...indicators.values()].map((i) => [i.indicatorId, reportValuePeriod(i.periodicity, period, year)]),
  );
  // A monthly (or quarterly) indicator also takes a value in each earlier month of the report it is due.
  const months = monthsOfReport(year, period);
  const earlierOf = new Map(
    [...indicators.values()].map((i) => [
      i.indicatorId,
      months.filter((m) => isDue(i.periodicity, m) && m !== valuePeriods.get(i.indicatorId)),
    ]),
  );
  const latest = await listLatestOutcomes(ctx.db, {
    organisationIds: [org.id],
    years: [year],
    periods: [
      ...new Set([
        ...[...valuePeriods.values()].filter((p): p is string => p !== null),
        ...[...earlierOf.values()].flat(),
      ]),
    ],
    indicatorIds: [...indicators.keys()],
  });
  const latestByKey = new Map<string, OutcomeRow>(latest.map((o) => [outcomeKey(o), o]));

  const kind = REPORT_PERIOD_KIND[period];
  const [assessments, statuses, below] = await Promise.all([
    listAssessments(ctx.db, report.id),
    listActivityStatuses(ctx.db, report.id),
    belowAssessments(ctx, org, year, kind),
  ]);
  const assessmentOf = new Map(assessments.map((a) => [a.goalId, a]));
  const statusOf = new Map(statuses.map((s) => [s.activityId, s]));

  const outcomesIn = (i: TreeIndicator, valuePeriod: string | null) =>
    (i.genderSplit ? GENDERS_SPLIT : (['T'] as Gender[])).map((gender) => {
      const row = valuePeriod
        ? latestByKey.get(
            outcomeKey({
              indicatorId: i.indicatorId,
              organisationId: org.id,
              year,
              period: valuePeriod,
              gender,
            }),
          )
        : undefined;
      const target = targetFor(i.targets, gender);
      return {
        gender,
        latest: row ? isoTimes(row) : null,
        target,
        comparison: compareWithTarget(row?.value ?? null, target, i.direction),
      };
    });
  const toIndicator = (i: TreeIndicator): ReportIndicator => {
    const valuePeriod = valuePeriods.get(i.indicatorId) ?? null;
    return {
      ...i,
      consolidation: detailOf.get(i.indicatorId)?.consolidation ?? 'none',
      percentUnbounded: detailOf.get(i.indicatorId)?.percentUnbounded ?? false,
      due: valuePeriod !== null,
      valuePeriod,
      outcomes: outcomesIn(i, valuePeriod),
      earlier: (earlierOf.get(i.indicatorId) ?? []).map((m) => ({ period: m, outcomes: outcomesIn(i, m) })),
    };
  };
  const toGoal = (g: TreeGoal): ReportGoal => ({
    id: g.id,
    level: g.level,
    organisationId: g.organisationId,
    number: g.number,
    title: g.title,
    own: g.own,
    shown: g.shown,
    assessment: optionalIso(assessmentOf.get(g.id)),
    below: below.orgs.map((o) => ({
      organisationId: o.id,
      name: o.name,
      assessment: below.byKey.get(`${o.id}|${g.id}`) ?? null,
      goals: (below.answering.get(`${o.id}|${g.id}`) ?? []).map((a) => ({
        id: a.id,
        number: a.number,
        title: a.title,
        assessment: below.byKey.get(`${o.id}|${a.id}`) ?? null,
      })),
    })),
    indicators: g.indicators.filter((i) => i.shown).map(toIndicator),
    activities: g.activities.map((a) => ({
      id: a.id,
      title: a.title,
      startDate: a.startDate,
      endDate: a.endDate,
      own: a.own,
      status: optionalIso(statusOf.get(a.id)),
    })),
    children: g.children.filter((c) => c.shown).map(toGoal),
  });
  const goals = base.goals.filter((g) => g.shown).map(toGoal);
  const threshold = await findThresholdAmount(ctx, org.id);
  const budgetTables = plan ? await buildBudget(ctx, base.budgetTables, period, threshold, year) : [];
  const missing = findMissing({ goals, budgetTables, orgKind: org.kind });
  const level = deadlineLevel(org.kind);
  return {
    report: {
      id: report.id,
      kind: report.kind,
      period,
      year,
      status: report.status,
      version: report.version,
      updatedAt: new Date(report.updatedAt).toISOString(),
      writable: isWritable(report.status),
    },
    period: isoTimes(periodRow),
    deadline:
      level === 'unit'
        ? periodRow.unitDeadline
        : level === 'board'
          ? periodRow.boardDeadline
          : periodRow.cityDeadline,
    planId: plan?.id ?? null,
    organisation: org,
    board: base.board,
    city: base.city,
    goals,
    budgetTables,
    threshold,
    completeness: { complete: missing.length === 0, missing },
  };
}

/** The organisations one level below (a board's units, the city's boards) and how they assessed goals. */
async function belowAssessments(
  ctx: Ctx,
  org: { id: string; kind: string },
  year: number,
  kind: 't1' | 't2' | 'annual',
) {
  if (org.kind !== 'board' && org.kind !== 'city')
    return { orgs: [], byKey: new Map<string, Assessment>(), answering: new Map<string, AnswerRow[]>() };
  const wanted = org.kind === 'board' ? 'unit' : 'board';
  const orgs = (await listDescendants(ctx.db, org.id, year)).filter((o) => o.kind === wanted);
  const ids = orgs.map((o) => o.id);
  const [rows, goals] = await Promise.all([
    listAssessmentsOf(ctx.db, ids, year, kind),
    listAnsweringGoals(ctx.db, ids, year),
  ]);
  // Each organisation's own goals grouped under the goal above they answer, so they can be read side by side.
  const answering = new Map<string, AnswerRow[]>();
  for (const goal of goals) {
    const key = `${goal.organisationId}|${goal.parentId}`;
    answering.set(key, [...(answering.get(key) ?? []), goal]);
  }
  const byKey = new Map<string, Assessment>(
    rows.map((r) => [`${r.organisationId}|${r.goalId}`, r.assessment]),
  );
  return { orgs, byKey, answering };
}

type AnswerRow = Awaited<ReturnType<typeof listAnsweringGoals>>[number];

const optionalIso = <T extends object>(row: T | undefined) => (row ? isoTimes(row) : null);

function flatten(goals: readonly TreeGoal[]): TreeGoal[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}

/** Refuses to submit a report while something is missing, listing it (the first few in the message). */
export async function assertReportComplete(ctx: Ctx, reportId: string): Promise<void> {
  const { missing } = (await buildFollowUpTree(ctx, reportId)).completeness;
  if (missing.length === 0) return;
  const first = missing
    .slice(0, 3)
    .map((m) => m.message)
    .join(' ');
  throw new AppError(
    'INVALID',
    `Rapporten kan inte skickas in förrän allt är ifyllt: ${missing.length} ${missing.length === 1 ? 'sak saknas' : 'saker saknas'}. ${first}`,
    { missing },
  );
}
