// The report's economy (forecasts beside the plan's budget) and what is still missing before the
// report can be submitted.
import { listForecasts, listForecastsIn } from '../db/repos/follow-up-report.ts';
import { summariseBudget } from '../domain/budget.ts';
import { monthsOfReport } from '../domain/follow-up-period.ts';

import { GENDER_LABEL, type OrgKind, type ReportPeriod } from '../domain/vocabulary.ts';
import type { MissingItem, ReportGoal } from '../shared/schemas/follow-up-views.ts';
import type { TreeBudgetTable } from '../shared/schemas/plan-tree.ts';
import type { Ctx } from './context.ts';
import { presentForecast } from './forecast.ts';
import { isoTimes } from './iso-times.ts';

type ReportBudgetTable = Awaited<ReturnType<typeof buildBudget>>[number];

export async function buildBudget(
  ctx: Ctx,
  tables: readonly TreeBudgetTable[],
  period: ReportPeriod,
  threshold: number | null,
  year: number,
) {
  const rowIds = tables.flatMap((t) => t.rows.map((r) => r.id));
  const forecasts = new Map((await listForecasts(ctx.db, rowIds, period)).map((f) => [f.budgetRowId, f]));
  // The full-year forecast as made in each month of the period (the monthly economic follow-up).
  const months = monthsOfReport(year, period);
  const monthly = new Map(
    (await listForecastsIn(ctx.db, rowIds, months)).map((f) => [`${f.budgetRowId}|${f.period}`, f]),
  );
  return tables.map((t) => {
    const rows = t.rows.map((r) => {
      const f = forecasts.get(r.id);
      const forecast = f ? presentForecast(f, r, threshold) : null;
      return {
        id: r.id,
        label: r.label,
        groupKind: r.groupKind,
        budget: r.budget,
        forecast: forecast ? isoTimes(forecast) : null,
        months: months.map((m) => {
          const mf = monthly.get(`${r.id}|${m}`);
          return { period: m, forecast: mf ? isoTimes(presentForecast(mf, r, threshold)) : null };
        }),
      };
    });
    const summary = summariseBudget(
      rows.map((r) => ({
        label: r.label,
        groupKind: r.groupKind,
        budget: r.budget,
        forecast: r.forecast?.forecast ?? null,
        outcome: r.forecast?.outcome ?? null,
      })),
    );
    return { id: t.id, title: t.title, amountUnit: t.amountUnit, rows, summary };
  });
}

const UNIT_KINDS: ReadonlySet<OrgKind> = new Set(['unit', 'department', 'team']);

/**
 * What the report still needs: an assessment of each of the organisation's own goals; a value (or
 * status Saknas) for every indicator due in the period (units report every indicator they show; boards
 * and the city those under their own goals that do not roll up); a status for every activity; a
 * forecast for every budget row, with a comment where the deviation exceeds the threshold.
 */
export function findMissing(input: {
  goals: readonly ReportGoal[];
  budgetTables: readonly ReportBudgetTable[];
  orgKind: OrgKind;
}): MissingItem[] {
  const missing: MissingItem[] = [];
  const seenOutcome = new Set<string>();
  const seenActivity = new Set<string>();
  const visit = (goal: ReportGoal) => {
    const name = `${goal.number ? `${goal.number} ` : ''}${goal.title}`;
    if (goal.own && !goal.assessment) {
      missing.push({
        kind: 'assessment',
        goalId: goal.id,
        refId: goal.id,
        gender: null,
        message: `Bedömning saknas för målet ${name}.`,
      });
    }
    for (const indicator of goal.indicators) {
      const required = UNIT_KINDS.has(input.orgKind) || (goal.own && indicator.consolidation === 'none');
      if (!indicator.due || !required) continue;
      for (const outcome of indicator.outcomes) {
        const key = `${indicator.indicatorId}|${outcome.gender}`;
        if (outcome.latest || seenOutcome.has(key)) continue;
        seenOutcome.add(key);
        const gender = indicator.genderSplit ? ` (${GENDER_LABEL[outcome.gender].toLowerCase()})` : '';
        missing.push({
          kind: 'outcome',
          goalId: goal.id,
          refId: indicator.indicatorId,
          gender: outcome.gender,
          message: `Utfall saknas för ${indicator.name}${gender}. Ange värdet eller status Saknas.`,
        });
      }
    }
    for (const activity of goal.activities) {
      if (activity.status || seenActivity.has(activity.id)) continue;
      seenActivity.add(activity.id);
      missing.push({
        kind: 'activity',
        goalId: goal.id,
        refId: activity.id,
        gender: null,
        message: `Status saknas för aktiviteten ${activity.title}.`,
      });
    }
    goal.children.forEach(visit);
  };
  input.goals.forEach(visit);
  for (const table of input.budgetTables) {
    for (const row of table.rows) {
      const f = row.forecast;
      if (!f || (f.forecast === null && f.outcome === null)) {
        missing.push({
          kind: 'forecast',
          goalId: null,
          refId: row.id,
          gender: null,
          message: `Prognos saknas för ${row.label} (${table.title || 'budget'}).`,
        });
      } else if (f.overThreshold && f.comment.trim() === '') {
        missing.push({
          kind: 'deviationComment',
          goalId: null,
          refId: row.id,
          gender: null,
          message: `Avvikelsen för ${row.label} är över nämndens gräns och behöver en kommentar.`,
        });
      }
    }
  }
  return missing;
}
