// The working state of one plan's import, passed through the linking steps inside its transaction.
import type { IndicatorRow, OrganisationRow, TargetRow } from '../db/schema.ts';
import type { ActivityWithAssignments } from '../services/activity.ts';
import type { Ctx } from '../services/context.ts';
import type { PlanImportReport } from './import-report.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';

/** link: to the stored goal with the number; own: the plan's goal created without a number. */
export type CollisionChoice = 'link' | 'own';

export interface ImportState {
  /** The transaction's ctx; never the outer db. */
  trx: Ctx;
  parsed: ParsedPlan;
  year: number;
  /** What to do when a printed goal's number belongs to a different stored goal; unset refuses. */
  onCollision?: CollisionChoice;
  /** Printed goals created without their number because the number belongs to another goal. */
  unnumbered: Set<ParsedGoal>;
  report: PlanImportReport;
  city: OrganisationRow;
  board: OrganisationRow;
  unit: OrganisationRow;
  /** Stored records already claimed by this plan, so two printed items never link to one record. */
  claimed: Set<string>;
  /** Council and board goals and their placements the plan shows (plan visibility). */
  shownGoalIds: Set<string>;
  shownPlacementIds: Set<string>;
  /** Targets set by this plan, by indicator id and organisation id, to catch conflicting rows. */
  targetsSet: Map<string, { printed: string; line: number }>;
  /** Printed text that fits no field, stored as the plan's 'unplaced' sections. */
  unplaced: { heading: string; body: string; line: number }[];
  /** Stored indicators by normalised name, loaded on first use. */
  indicators?: Map<string, IndicatorRow>;
  /** Placement ids by `indicatorId/goalId`: the stored goals' placements, loaded with them, and new ones. */
  placements: Map<string, string>;
  /** Current total targets of the year by `indicatorId/organisationId`, loaded on first use. */
  currentTargets?: Map<string, TargetRow>;
  /** The year's activities of each owner by goal id, loaded once per owner. */
  activitiesByOwner: Map<string, Map<string, ActivityWithAssignments[]>>;
}

export function warn(state: Pick<ImportState, 'report'>, line: number, code: string, message: string): void {
  state.report.warnings.push({ line, planIndex: state.report.planIndex, code, message });
}

/**
 * Cuts text to a column's limit; the caller keeps the full text elsewhere and the warning says so,
 * so an overlong printed value is never lost silently.
 */
export function fit(
  state: Pick<ImportState, 'report'>,
  text: string,
  max: number,
  what: string,
  line: number,
): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  warn(
    state,
    line,
    'text_shortened',
    `${what} på rad ${line} är längre än ${max} tecken och har kortats; hela texten finns kvar i den tillhörande texten.`,
  );
  return `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** A quote of at most 60 characters for warnings. */
export function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}
