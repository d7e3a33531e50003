import { compareWithTarget } from '../domain/outcome-rules.ts';
import { formatNumber } from '../domain/target-rules.ts';
import type {
  ReportActivity as ReportActivityRow,
  ReportGoal,
  ReportIndicator,
  ReportOutcome,
  Rollup,
} from '../shared/schemas/follow-up-views.ts';
import {
  ACTIVITY_STATUS_LABEL,
  ASSESSMENT_LABEL,
  type Assessment,
  type Gender,
  type GoalLevel,
  OUTCOME_STATUS_LABEL,
  TARGET_COMPARISON_LABEL,
} from '../shared/vocabulary.ts';
import { goalTitle } from './goal-blocks.ts';
import type { HeadingLevel, ReportTable } from './plan-report.ts';
import type { ReportWriter } from './report-writer.ts';
import type { DocumentTemplate } from './templates.ts';

const LEVEL: Record<GoalLevel, HeadingLevel> = { city_direction: 2, city_area: 3, board: 4, unit: 5 };

const GENDER_TEXT: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

/**
 * The goal chain of a follow-up report in document order: per goal its assessment and analysis, how
 * the organisations below assessed it, the indicators' outcomes against their targets (T/K/M) and the
 * activities' status in the period.
 */
export function followUpGoalBlocks(
  goals: readonly ReportGoal[],
  template: DocumentTemplate,
  scope: 'unit' | 'board' | 'other',
  out: ReportWriter,
  /** A board's or the city's values computed from the units', for indicators it does not report itself. */
  rollups: ReadonlyMap<string, Rollup> = new Map(),
) {
  const visit = (goal: ReportGoal) => {
    if (!goal.shown) return;
    const level = LEVEL[goal.level];
    const toc =
      goal.level === 'city_direction' ||
      goal.level === 'city_area' ||
      (goal.level === 'board' && scope === 'board');
    out.heading(level, goalTitle(goal, template), toc, template.labels[goal.level]);
    const sub = Math.min(6, level + 1) as HeadingLevel;
    if (goal.assessment || goal.own) {
      out.heading(sub, 'Bedömning', false);
      out.body.push({ kind: 'markdown', markdown: assessmentLine(goal.assessment?.assessment ?? null) });
      if (goal.assessment?.analysis.trim()) {
        out.heading(sub, 'Analys', false);
        out.body.push({ kind: 'markdown', markdown: goal.assessment.analysis });
      }
    }
    const below = belowTable(goal);
    if (below) out.body.push(below);
    const indicators = outcomeTable(goal, rollups);
    if (indicators) out.body.push(indicators);
    const activities = activityStatusTable(goal.title, goal.activities);
    if (activities) out.body.push(activities);
    for (const child of goal.children) visit(child);
  };
  for (const root of goals) visit(root);
}

/** "**Bedömning:** Delvis uppfyllt" as one paragraph; an unassessed own goal says so. */
export function assessmentLine(assessment: Assessment | null): string {
  return `**${assessment ? ASSESSMENT_LABEL[assessment] : 'Inte bedömt ännu'}**`;
}

/** How the organisations below assessed the goal; left out while none of them has. */
function belowTable(goal: ReportGoal): ReportTable | null {
  if (!goal.below.some((b) => b.assessment)) return null;
  return {
    kind: 'table',
    role: 'indicators',
    caption: `Bedömningar under ${goal.title}`,
    captionVisible: true,
    columns: [
      { text: 'Organisation', align: 'left', width: 60 },
      { text: 'Bedömning', align: 'left', width: 40 },
    ],
    rows: goal.below.map((b) => ({
      cells: [b.name, b.assessment ? ASSESSMENT_LABEL[b.assessment] : 'Inte bedömt ännu'],
    })),
  };
}

/** A value as the plan prints targets: "94 %", "3,3 GWh", "12". */
export function formatValue(value: number, unit: string): string {
  const number = formatNumber(value);
  return unit ? `${number} ${unit}` : number;
}

function outcomeCells(indicator: ReportIndicator, o: ReportOutcome, rollup: Rollup | undefined): string[] {
  const latest = o.latest;
  const computed = !latest ? rollup?.values.find((v) => v.gender === o.gender) : undefined;
  if (computed && computed.value !== null) {
    const total = computed.reported + computed.missing;
    return [
      indicator.name,
      GENDER_TEXT[o.gender],
      o.target?.formatted ?? '',
      formatValue(computed.value, indicator.unit),
      TARGET_COMPARISON_LABEL[compareWithTarget(computed.value, o.target, indicator.direction)],
      `Beräknat ur ${computed.reported} av ${total} enheters värden`,
    ];
  }
  const value = latest?.value == null ? '' : formatValue(latest.value, indicator.unit);
  const status = latest ? OUTCOME_STATUS_LABEL[latest.status] : 'Inte rapporterat';
  const comment = latest?.comment.trim() ?? '';
  return [
    indicator.name,
    GENDER_TEXT[o.gender],
    o.target?.formatted ?? '',
    value,
    TARGET_COMPARISON_LABEL[o.comparison],
    comment ? `${status}. ${comment}` : status,
  ];
}

/** One row per indicator and gender: target, outcome, how it compares (as text) and status. */
export function outcomeTable(
  goal: Pick<ReportGoal, 'title' | 'indicators'>,
  rollups: ReadonlyMap<string, Rollup> = new Map(),
): ReportTable | null {
  const due = goal.indicators.filter((i) => i.due);
  if (!due.length) return null;
  return {
    kind: 'table',
    role: 'indicators',
    caption: `Indikatorer för ${goal.title}`,
    captionVisible: false,
    columns: [
      { text: 'Indikator', align: 'left', width: 32 },
      { text: 'Kön', align: 'left', width: 9 },
      { text: 'Mål', align: 'left', width: 11 },
      { text: 'Utfall', align: 'right', width: 11 },
      { text: 'Jämfört med mål', align: 'left', width: 14 },
      { text: 'Status och kommentar', align: 'left', width: 23 },
    ],
    rows: due.flatMap((i) =>
      i.outcomes.map((o) => ({ cells: outcomeCells(i, o, rollups.get(i.indicatorId)) })),
    ),
  };
}

export function activityStatusTable(
  title: string,
  activities: readonly ReportActivityRow[],
): ReportTable | null {
  if (!activities.length) return null;
  return {
    kind: 'table',
    role: 'activities',
    caption: `Aktiviteter för ${title}`,
    captionVisible: false,
    columns: [
      { text: 'Aktivitet', align: 'left', width: 40 },
      { text: 'Period', align: 'left', width: 20 },
      { text: 'Status', align: 'left', width: 14 },
      { text: 'Kommentar', align: 'left', width: 26 },
    ],
    rows: activities.map((a) => ({
      cells: [
        a.title,
        `${a.startDate} – ${a.endDate}`,
        a.status ? ACTIVITY_STATUS_LABEL[a.status.status] : 'Ingen status',
        a.status?.comment ?? '',
      ],
    })),
  };
}
