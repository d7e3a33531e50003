// What an import recognised, linked and created per plan, with every warning and its source line.
// Nothing is dropped silently: whatever the importer did not store is named in `warnings` or `notes`.
import type { GoalLevel, ImportWarning, ParsedPlan } from './parsed-plan.ts';

/** recognised = found in the document; linked = matched a stored record; created = new record. */
export interface KindCount {
  recognised: number;
  linked: number;
  created: number;
  /** Linked records whose stored values the import changed. */
  updated: number;
  /** Records of the plan that the document no longer contains (sections, budget rows). */
  removed: number;
}

export const COUNT_KINDS = [
  'indicators',
  'placements',
  'targets',
  'activities',
  'budgetTables',
  'budgetRows',
  'sections',
  'unplaced',
  'organisations',
  'plan',
] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export interface OrganisationRef {
  id: string | null;
  name: string;
  created: boolean;
}

export interface PlanImportReport {
  /** Index of the plan among all plans of the import (across files). */
  planIndex: number;
  file: string | null;
  startLine: number;
  endLine: number;
  status: 'imported' | 'preview' | 'failed';
  /** Why the plan failed; nothing of it was written. */
  error: string | null;
  /** The goal number that stopped the plan, when it failed on one; the person chooses how to go on. */
  collision: {
    level: GoalLevel;
    number: string;
    line: number;
    storedTitle: string;
    printedTitle: string;
  } | null;
  unit: string | null;
  board: string | null;
  year: number | null;
  /** Null for a preview: a dry run rolls back, so no id survives. */
  planId: string | null;
  organisations: {
    city: OrganisationRef | null;
    board: OrganisationRef | null;
    unit: OrganisationRef | null;
  };
  goals: Record<GoalLevel, KindCount>;
  counts: Record<CountKind, KindCount>;
  warnings: ImportWarning[];
  /** Printed parts the system regenerates instead of storing (table of contents, page header). */
  notes: string[];
}

export function emptyCount(): KindCount {
  return { recognised: 0, linked: 0, created: 0, updated: 0, removed: 0 };
}

export function newPlanReport(parsed: ParsedPlan, planIndex: number, file: string | null): PlanImportReport {
  const counts = Object.fromEntries(COUNT_KINDS.map((k) => [k, emptyCount()])) as Record<
    CountKind,
    KindCount
  >;
  return {
    planIndex,
    file,
    startLine: parsed.startLine,
    endLine: parsed.endLine,
    status: 'preview',
    error: null,
    collision: null,
    unit: parsed.front.unit,
    board: parsed.front.board,
    year: parsed.front.year,
    planId: null,
    organisations: { city: null, board: null, unit: null },
    goals: { city_direction: emptyCount(), city_area: emptyCount(), board: emptyCount(), unit: emptyCount() },
    counts,
    warnings: [],
    notes: [],
  };
}

export type Outcome = 'created' | 'linked' | 'updated';

/** Counts one recognised item by what happened to it. */
export function tally(count: KindCount, outcome: Outcome): void {
  count.recognised++;
  if (outcome === 'created') count.created++;
  else count.linked++;
  if (outcome === 'updated') count.updated++;
}

/** True when the import wrote nothing: every recognised item was already stored as printed. */
export function isUnchanged(report: PlanImportReport): boolean {
  const all = [...Object.values(report.goals), ...Object.values(report.counts)];
  return all.every((c) => c.created === 0 && c.updated === 0 && c.removed === 0);
}
