// The dashboard of a board or the city (or a unit) for a period: its goals by assessment, its
// indicators behind target, who has not reported by the deadline, and each indicator's series over
// the periods of this and the two previous years with targets and the gender split.
import { listAssessments, listReportsOf } from '../db/repos/follow-up-report.ts';
import { type AggregateRow, aggregateOutcomes } from '../db/repos/rollup-aggregate.ts';
import type { IndicatorRow, OrganisationRow } from '../db/schema.ts';
import { reportValuePeriod } from '../domain/follow-up-period.ts';
import { compareWithTarget } from '../domain/outcome-rules.ts';
import {
  ASSESSMENTS,
  type Gender,
  REPORT_PERIOD_KIND,
  REPORT_PERIODS,
  type ReportPeriod,
} from '../domain/vocabulary.ts';
import type { Dashboard } from '../shared/schemas/follow-up-views.ts';
import { deadlineFor, isLate, listReporters, swedishDate } from './board-review.ts';
import type { Ctx } from './context.ts';
import { getPeriod } from './follow-up-period.ts';
import { findReport } from './follow-up-report.ts';
import { isoTimes } from './iso-times.ts';
import { getRecord } from './record.ts';

type DashIndicator = Pick<
  IndicatorRow,
  'id' | 'name' | 'unit' | 'direction' | 'periodicity' | 'genderSplit' | 'consolidation'
>;

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The consolidated value of an aggregate row by the indicator's rule (see consolidate()). */
function consolidatedValue(
  indicator: DashIndicator,
  row: AggregateRow | undefined,
  ownUnit: boolean,
): number | null {
  if (!row || row.reported === 0) return null;
  // A unit's own value is its value whatever the rule (the rule only says how units add up).
  if (ownUnit) return row.sum;
  const v =
    indicator.consolidation === 'sum'
      ? row.sum
      : indicator.consolidation === 'mean'
        ? row.mean
        : indicator.consolidation === 'weightedMean'
          ? row.weightedMean
          : null;
  return v === null ? null : round(v);
}

export async function getDashboard(
  ctx: Ctx,
  query: { organisationId: string; year: number; period: ReportPeriod },
): Promise<Dashboard> {
  const org: OrganisationRow = await getRecord(ctx.db, 'organisation', query.organisationId);
  const period = await getPeriod(ctx, query.year, query.period);
  const { year } = query;
  const goals = await ctx.db
    .selectFrom('goal')
    .select(['id', 'level', 'number', 'title'])
    .where('organisationId', '=', org.id)
    .where('year', '=', year)
    .orderBy('level')
    .orderBy('sortOrder')
    .orderBy('number')
    .execute();
  const report = await findReport(ctx, org.id, year, query.period);
  const assessed = new Map(
    (report ? await listAssessments(ctx.db, report.id) : []).map((a) => [a.goalId, a.assessment]),
  );
  const goalsByAssessment: Record<string, number> = Object.fromEntries(
    [...ASSESSMENTS, 'none'].map((a) => [a, 0]),
  );
  for (const goal of goals) goalsByAssessment[assessed.get(goal.id) ?? 'none']! += 1;

  const indicators: DashIndicator[] =
    goals.length === 0
      ? []
      : await ctx.db
          .selectFrom('indicator')
          .select(['id', 'name', 'unit', 'direction', 'periodicity', 'genderSplit', 'consolidation'])
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('placement')
              .select('indicatorId')
              .where(
                'goalId',
                'in',
                goals.map((g) => g.id),
              ),
          )
          .orderBy('name')
          .execute();
  const years = [year - 2, year - 1, year];
  const periods = new Set<string>();
  for (const y of years) {
    for (const p of REPORT_PERIODS)
      for (const i of indicators) {
        const vp = reportValuePeriod(i.periodicity, p, y);
        if (vp) periods.add(vp);
      }
  }
  const aggregates = await aggregateOutcomes(ctx.db, {
    rootId: org.id,
    treeYear: year,
    indicatorIds: indicators.map((i) => i.id),
    years,
    periods: [...periods],
  });
  const aggregateOf = new Map(
    aggregates.map((a) => [`${a.indicatorId}|${a.year}|${a.period}|${a.gender}`, a]),
  );
  const targets = await listNumericTargets(
    ctx,
    indicators.map((i) => i.id),
    org.id,
    years,
  );
  const ownUnit = org.kind === 'unit';

  const series = indicators.map((indicator) => {
    const genders: Gender[] = indicator.genderSplit ? ['T', 'K', 'M'] : ['T'];
    const points = years.flatMap((y) =>
      REPORT_PERIODS.flatMap((p) => {
        const vp = reportValuePeriod(indicator.periodicity, p, y);
        if (!vp) return [];
        return genders.map((gender) => ({
          year: y,
          period: p,
          gender,
          value: consolidatedValue(
            indicator,
            aggregateOf.get(`${indicator.id}|${y}|${vp}|${gender}`),
            ownUnit,
          ),
          target:
            targets.get(`${indicator.id}|${y}|${gender}`) ?? targets.get(`${indicator.id}|${y}|T`) ?? null,
        }));
      }),
    );
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      genderSplit: indicator.genderSplit,
      points,
    };
  });
  const indicatorsBehind = series.flatMap((s, i) =>
    s.points
      .filter((p) => p.year === year && p.period === query.period && p.value !== null && p.target !== null)
      .filter(
        (p) =>
          compareWithTarget(p.value, { kind: 'number', value: p.target }, indicators[i]!.direction) ===
          'not_met',
      )
      .map((p) => ({
        indicatorId: s.indicatorId,
        name: s.name,
        unit: s.unit,
        gender: p.gender,
        value: p.value!,
        target: p.target!,
      })),
  );

  const reporters = org.kind === 'unit' ? [] : await listReporters(ctx, org, year);
  const reports = new Map(
    (
      await listReportsOf(
        ctx.db,
        reporters.map((r) => r.id),
        year,
        REPORT_PERIOD_KIND[query.period],
      )
    ).map((r) => [r.organisationId, r]),
  );
  const today = swedishDate(ctx.now());
  const unitsNotReported = reporters
    .map((r) => ({ r, report: reports.get(r.id), deadline: deadlineFor(period, r.kind) }))
    .filter(({ report, deadline }) => isLate(report, deadline, today))
    .map(({ r, report, deadline }) => ({
      organisation: { id: r.id, name: r.name, kind: r.kind },
      status: report?.status ?? null,
      deadline,
    }));

  return {
    organisation: { id: org.id, name: org.name, kind: org.kind },
    period: isoTimes(period),
    goalsByAssessment,
    goals: goals.map((g) => ({ ...g, assessment: assessed.get(g.id) ?? null })),
    indicatorsBehind,
    unitsNotReported,
    series,
  };
}

/** Numeric targets by indicator, year and gender: the organisation's own, else the city's. */
async function listNumericTargets(ctx: Ctx, indicatorIds: string[], organisationId: string, years: number[]) {
  const map = new Map<string, number>();
  if (indicatorIds.length === 0) return map;
  const rows = await ctx.db
    .selectFrom('target')
    .innerJoin('organisation', 'organisation.id', 'target.organisationId')
    .select(['target.indicatorId', 'target.year', 'target.gender', 'target.value', 'target.organisationId'])
    .where('target.indicatorId', 'in', indicatorIds)
    .where('target.year', 'in', years)
    .where('target.kind', '=', 'number')
    .where('target.supersededAt', 'is', null)
    .where('target.removed', '=', false)
    .where((eb) =>
      eb.or([eb('target.organisationId', '=', organisationId), eb('organisation.kind', '=', 'city')]),
    )
    .execute();
  // Own targets win over the city's: write the city's first, then overwrite with own.
  rows.sort(
    (a, b) => Number(a.organisationId === organisationId) - Number(b.organisationId === organisationId),
  );
  for (const r of rows) if (r.value !== null) map.set(`${r.indicatorId}|${r.year}|${r.gender}`, r.value);
  return map;
}
