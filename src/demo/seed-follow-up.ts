// The demo municipality's follow-up: 2025 with T1, T2 and VB reported by every unit, board and the city (a few
// late, some behind target, gender-split values) and approved; 2026 with T1 open as drafts. Everything
// goes through the same services as the browser, filling in what each report's completeness asks for.
import { reportValuePeriod } from '../domain/follow-up-period.ts';
import { writeActivityStatus, writeAssessment } from '../services/assessment.ts';
import type { Ctx } from '../services/context.ts';
import { ensurePeriods } from '../services/follow-up-period.ts';
import { ensureReport } from '../services/follow-up-report.ts';
import { buildFollowUpTree } from '../services/follow-up-tree.ts';
import { setThreshold, writeForecast } from '../services/forecast.ts';
import { writeOutcome } from '../services/outcome.ts';
import { approvePlan, submitPlan } from '../services/plan-workflow.ts';
import type { FollowUpTree, ReportGoal, ReportIndicator } from '../shared/schemas/follow-up-views.ts';
import type { Assessment, ReportPeriod } from '../shared/vocabulary.ts';

/** Units that hand in late, per period: the board review and dashboard then have someone to chase. */
const LATE: Record<ReportPeriod, number[]> = { T1: [2], T2: [4], VB: [2, 5] };

/** A stable number in [0, 1) from a text, so the demo looks the same every time it is loaded. */
function noise(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const at =
  (date: string, hour = 10) =>
  () =>
    new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const dayAfter = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A value near the target: mostly on target, every fourth one or so behind it. */
function demoValue(indicator: ReportIndicator, gender: string, seed: string): number {
  const target = indicator.outcomes[0]?.target;
  const base =
    target?.kind === 'number' && target.value !== null
      ? target.value
      : indicator.valueKind === 'percent'
        ? 80
        : indicator.valueKind === 'index'
          ? 75
          : 40;
  const r = noise(`${seed}|${gender}`);
  const behind = r < 0.3;
  const sign = indicator.direction === 'decrease' ? -1 : 1;
  const step = behind ? -sign * (0.04 + r * 0.2) : sign * r * 0.06;
  const split = gender === 'K' ? 1.02 : gender === 'M' ? 0.97 : 1;
  const value = base * (1 + step) * split;
  const rounded = Math.round(value * 10) / 10;
  return indicator.valueKind === 'percent' ? Math.min(100, Math.max(0, rounded)) : Math.max(0, rounded);
}

function assessmentOf(goal: ReportGoal): Assessment {
  const comparisons = goal.indicators.flatMap((i) => i.outcomes.map((o) => o.comparison));
  if (comparisons.includes('not_met')) return comparisons.includes('met') ? 'partly' : 'not_fulfilled';
  return comparisons.includes('met') ? 'fulfilled' : 'partly';
}

const ANALYSIS: Record<Assessment, string> = {
  fulfilled:
    'Målet är uppfyllt. Arbetssätten har fungerat och resultaten ligger i nivå med eller över årsmålen.',
  partly:
    'Målet är delvis uppfyllt. Flera resultat går åt rätt håll, men alla årsmål nås inte ännu. Arbetet fortsätter enligt planen.',
  not_fulfilled:
    'Målet är inte uppfyllt. Resultaten ligger under årsmålen; enheten analyserar orsakerna och justerar arbetssätten.',
  not_assessed: 'Målet har inte kunnat bedömas under perioden.',
};

function findGoal(goals: readonly ReportGoal[], id: string): ReportGoal | undefined {
  for (const g of goals) {
    const hit = g.id === id ? g : findGoal(g.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Fills in everything the report's completeness asks for, the way a unit would in the browser. */
export async function fillReport(ctx: Ctx, tree: FollowUpTree, seed: string) {
  const { report, organisation } = tree;
  const indicators = new Map<string, ReportIndicator>();
  const visit = (goals: readonly ReportGoal[]) => {
    for (const g of goals) {
      for (const i of g.indicators) indicators.set(i.indicatorId, i);
      visit(g.children);
    }
  };
  visit(tree.goals);
  for (const item of tree.completeness.missing) {
    if (item.kind === 'outcome') {
      const indicator = indicators.get(item.refId)!;
      await writeOutcome(ctx, {
        indicatorId: item.refId,
        organisationId: organisation.id,
        year: report.year,
        period: reportValuePeriod(indicator.periodicity, report.period, report.year) ?? report.period,
        gender: item.gender ?? 'T',
        value: demoValue(indicator, item.gender ?? 'T', `${seed}|${indicator.name}`),
        status: report.period === 'VB' ? 'final' : 'preliminary',
        comment: '',
      });
    } else if (item.kind === 'activity') {
      const r = noise(`${seed}|${item.message}`);
      const status =
        report.period === 'VB' ? (r < 0.8 ? 'completed' : 'postponed') : r < 0.85 ? 'started' : 'not_started';
      await writeActivityStatus(ctx, report.id, {
        activityId: item.refId,
        status,
        comment: status === 'postponed' ? 'Flyttas till nästa år på grund av personalbrist.' : '',
      });
    } else if (item.kind === 'forecast' || item.kind === 'deviationComment') {
      await writeDemoForecast(ctx, tree, item.refId, seed);
    }
  }
  // Assessments last, so they can follow the outcomes just written.
  const filled = await buildFollowUpTree(ctx, report.id);
  for (const item of filled.completeness.missing.filter((m) => m.kind === 'assessment')) {
    const assessment = assessmentOf(findGoal(filled.goals, item.refId)!);
    await writeAssessment(ctx, report.id, { goalId: item.refId, assessment, analysis: ANALYSIS[assessment] });
  }
}

async function writeDemoForecast(ctx: Ctx, tree: FollowUpTree, rowId: string, seed: string) {
  const row = tree.budgetTables.flatMap((t) => t.rows).find((r) => r.id === rowId)!;
  const r = noise(`${seed}|${row.label}|${row.budget}`);
  const amount = Math.round(row.budget * (0.97 + r * 0.06));
  const deviation = row.groupKind === 'revenue' ? amount - row.budget : row.budget - amount;
  const over = tree.threshold !== null && Math.abs(deviation) > tree.threshold;
  await writeForecast(ctx, tree.report.id, {
    budgetRowId: rowId,
    forecast: amount,
    outcome: tree.report.period === 'VB' ? amount : null,
    comment: over
      ? deviation < 0
        ? 'Högre kostnader än budgeterat, främst för vikarier. Åtgärder för att minska kostnaderna pågår.'
        : 'Lägre kostnader än budgeterat efter vakanser som inte har tillsatts.'
      : (row.forecast?.comment ?? ''),
    version: row.forecast?.version,
  });
}

export async function seedDemoFollowUp(ctx: Ctx, ids: { city: string; boards: string[]; units: string[] }) {
  for (const boardId of ids.boards) await setThreshold(ctx, boardId, { amount: 500 });
  const periods = await ensurePeriods(ctx, 2025);
  await ensurePeriods(ctx, 2026);
  for (const period of ['T1', 'T2', 'VB'] as const) {
    const dates = periods.find((p) => p.period === period)!;
    for (const [i, unitId] of ids.units.entries()) {
      const late = LATE[period].includes(i);
      await reportAndSubmit(ctx, unitId, period, dates.unitDeadline, late ? 3 + i : -2 - (i % 3));
    }
    for (const [i, boardId] of ids.boards.entries()) {
      const late = period === 'T2' && i === 1;
      await reportAndSubmit(ctx, boardId, period, dates.boardDeadline, late ? 2 : -1);
    }
    await reportAndSubmit(ctx, ids.city, period, dates.cityDeadline, -1);
  }
  // 2026: T1 is open; every unit and board has its report as a draft to fill in.
  for (const orgId of [...ids.units, ...ids.boards, ids.city]) {
    await ensureReport(ctx, { organisationId: orgId, year: 2026, period: 'T1' });
  }
}

/** Fills and submits a 2025 report `offset` days from the deadline (positive = late); the board approves it. */
async function reportAndSubmit(
  ctx: Ctx,
  orgId: string,
  period: ReportPeriod,
  deadline: string,
  offset: number,
) {
  const report = await ensureReport(ctx, { organisationId: orgId, year: 2025, period });
  const tree = await buildFollowUpTree(ctx, report.id);
  // Seeded by names, not ids, so the demo comes out the same every time it is loaded.
  await fillReport(ctx, tree, `${tree.organisation.name}|${period}`);
  const current = await buildFollowUpTree(ctx, report.id);
  const submitted = await submitPlan({ ...ctx, now: at(dayAfter(deadline, offset)) }, report.id, {
    version: current.report.version,
  });
  await approvePlan({ ...ctx, now: at(dayAfter(deadline, Math.max(offset, 0) + 5), 14) }, report.id, {
    version: submitted.version,
  });
}
