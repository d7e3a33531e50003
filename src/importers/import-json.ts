// The verification contract migration teams compare imports against: a compact, stable JSON view of
// the parse. Printed forms are kept (titles with typos, targets and budget signs as in the source).
import type { ImportWarning, ParsedGoal, ParsedIndicator, ParsedPlan, ParseResult } from './parsed-plan.ts';
import { isListItem } from './text.ts';

export interface IndicatorJson {
  name: string;
  target: string | null;
  councilTarget: string | null;
  periodicity: string | null;
  genderMarked?: true;
  paragraphMarked?: true;
}

export interface GoalJson {
  level: ParsedGoal['level'];
  number: string | null;
  title: string;
  hasDescription?: boolean;
  expectedResultsCount?: number;
  sections?: string[];
  indicators: IndicatorJson[];
  activities: { title: string; start: string | null; end: string | null }[];
  children: GoalJson[];
}

export interface PlanJson {
  unit: string | null;
  board: string | null;
  year: number | null;
  author: string | null;
  addressee: string | null;
  date: string | null;
  dnr: string | null;
  introHeadings: string[];
  goals: GoalJson[];
  budgetTables: {
    title: string | null;
    columns: string[];
    rows: { label: string; values: (number | null)[] }[];
  }[];
  otherHeadings: string[];
}

export interface ImportJson {
  plans: PlanJson[];
  warnings: ImportWarning[];
}

/** Expected results are printed as a list (2023/2025) or one paragraph per result (2020/2022). */
export function countExpectedResults(markdown: string | undefined): number {
  if (!markdown) return 0;
  const items = markdown.split('\n').filter((l) => isListItem(l) && !l.startsWith(' '));
  if (items.length > 0) return items.length;
  return markdown.split(/\n\n/).filter((p) => p.trim() !== '').length;
}

function indicatorJson(i: ParsedIndicator): IndicatorJson {
  const out: IndicatorJson = {
    name: i.name,
    target: i.targetText,
    councilTarget: i.councilTargetText,
    periodicity: i.periodicityText,
  };
  if (i.genderMarked) out.genderMarked = true;
  if (i.paragraphMarked) out.paragraphMarked = true;
  return out;
}

function goalJson(g: ParsedGoal): GoalJson {
  const out: GoalJson = { level: g.level, number: g.number, title: g.title } as GoalJson;
  if (g.level === 'board') {
    out.hasDescription = g.fieldHeadings.some((h) => h.field === 'description');
    out.expectedResultsCount = countExpectedResults(g.fields.expectedResults);
  }
  if (g.level === 'unit') out.sections = [...g.sections];
  out.indicators = g.indicators.map(indicatorJson);
  out.activities = g.activities.map((a) => ({ title: a.title, start: a.start, end: a.end }));
  out.children = g.children.map(goalJson);
  return out;
}

function planJson(p: ParsedPlan): PlanJson {
  return {
    unit: p.front.unit,
    board: p.front.board,
    year: p.front.year,
    author: p.front.author,
    addressee: p.front.addressee,
    date: p.front.date,
    dnr: p.front.dnr,
    introHeadings: p.intro.map((s) => s.heading),
    goals: p.goals.map(goalJson),
    budgetTables: p.economy.tables.map((t) => ({
      title: t.title,
      columns: [...t.columns],
      rows: t.rows.map((r) => ({ label: r.label, values: [...r.values] })),
    })),
    otherHeadings: p.other.map((s) => s.heading),
  };
}

export function toImportJson(result: ParseResult): ImportJson {
  return { plans: result.plans.map(planJson), warnings: result.warnings.map((w) => ({ ...w })) };
}
