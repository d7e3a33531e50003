// Indicators under a goal: matched to stored indicators by normalised name, placed under the goal,
// with the printed Årsmål as the unit's target and KF:s årsmål as the city's. A target already stored
// identically is left alone; the council's target is never overwritten by a unit plan's copy.
import { listAllIndicators } from '../db/repos/indicator.ts';
import type { GoalRow, IndicatorRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import { createIndicator } from '../services/indicator.ts';
import { createPlacement } from '../services/placement.ts';
import { tally } from './import-report.ts';
import { fit, type ImportState, quote } from './import-state.ts';
import { applyTarget } from './link-targets.ts';
import type { ParsedGoal, ParsedIndicator, TypedTarget } from './parsed-plan.ts';
import { normaliseText } from './similarity.ts';

export async function linkIndicators(state: ImportState, g: ParsedGoal, goal: GoalRow): Promise<void> {
  for (const printed of g.indicators) {
    if (printed.paragraphMarked) {
      state.report.notes.push(
        `Markeringen "§" efter indikatorn "${printed.name}" (rad ${printed.line}) sparas inte; dess betydelse anges inte i planen.`,
      );
    }
    const indicator = await findOrCreateIndicator(state, printed, g.level);
    const placementId = await place(state, indicator.id, goal.id);
    if (g.level !== 'unit') state.shownPlacementIds.add(placementId);
    if (printed.target) {
      await applyTarget(state, printed, indicator, state.unit.id, printed.target, printed.targetText ?? '');
    }
    if (printed.councilTarget) {
      await applyTarget(
        state,
        printed,
        indicator,
        state.city.id,
        printed.councilTarget,
        printed.councilTargetText ?? '',
      );
    }
  }
}

export function indicatorKey(name: string): string {
  return normaliseText(name).replace(/[()]/g, '');
}

async function findOrCreateIndicator(
  state: ImportState,
  printed: ParsedIndicator,
  level: ParsedGoal['level'],
): Promise<IndicatorRow> {
  const key = indicatorKey(printed.name);
  const index = await indicatorIndex(state);
  const existing = index.get(key);
  if (existing) {
    tally(state.report.counts.indicators, 'linked');
    return existing;
  }
  const unitOf = (t: TypedTarget) => (t?.kind === 'number' ? t.unit : null);
  const unit = unitOf(printed.target) ?? unitOf(printed.councilTarget) ?? '';
  const kinds = [printed.target?.kind, printed.councilTarget?.kind];
  const row = await createIndicator(state.trx, {
    name: fit(state, printed.name || '(utan namn)', LIMITS.title, 'Indikatorns namn', printed.line),
    description: printed.name.length > LIMITS.title ? `Namn enligt planen: ${printed.name}` : '',
    unit: unit.slice(0, 60),
    valueKind: unit === '%' ? 'percent' : 'number',
    direction: kinds.includes('increase') ? 'increase' : kinds.includes('decrease') ? 'decrease' : 'none',
    periodicity: printed.periodicity ?? 'year',
    genderSplit: printed.genderMarked,
    consolidation: 'none',
    ownerOrganisationId:
      printed.levelSignal === 'council' || level === 'city_area' || level === 'city_direction'
        ? state.city.id
        : level === 'board'
          ? state.board.id
          : state.unit.id,
    origin: 'import',
  });
  index.set(key, row);
  tally(state.report.counts.indicators, 'created');
  if (!printed.periodicity && printed.periodicityText) {
    state.report.warnings.push({
      line: printed.line,
      planIndex: state.report.planIndex,
      code: 'periodicity_unknown',
      message: `Periodiciteten ${quote(printed.periodicityText)} för indikatorn ${quote(printed.name)} (rad ${printed.line}) känns inte igen; indikatorn har fått periodiciteten år.`,
    });
  }
  return row;
}

/** Every stored indicator by normalised name, loaded once per plan. */
async function indicatorIndex(state: ImportState): Promise<Map<string, IndicatorRow>> {
  if (state.indicators) return state.indicators;
  const rows = await listAllIndicators(state.trx.db);
  state.indicators = new Map();
  for (const row of rows)
    if (!state.indicators.has(indicatorKey(row.name))) state.indicators.set(indicatorKey(row.name), row);
  return state.indicators;
}

async function place(state: ImportState, indicatorId: string, goalId: string): Promise<string> {
  const key = `${indicatorId}/${goalId}`;
  const existing = state.placements.get(key);
  if (existing) {
    tally(state.report.counts.placements, 'linked');
    return existing;
  }
  const row = await createPlacement(state.trx, { indicatorId, goalId });
  state.placements.set(key, row.id);
  tally(state.report.counts.placements, 'created');
  return row.id;
}
