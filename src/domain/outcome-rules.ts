// Rules for outcome values: typed by the indicator, reported in the periods its periodicity asks for,
// compared with targets, and rolled up to boards and the city. Pure; messages in Swedish.
import { AppError } from './errors.ts';
import { DUE_TEXT, isDue } from './follow-up-period.ts';
import { formatNumber } from './target-rules.ts';
import type {
  Consolidation,
  Direction,
  Gender,
  OutcomeStatus,
  Periodicity,
  TargetComparison,
  TargetKind,
  ValueKind,
} from './vocabulary.ts';

export interface OutcomeIndicator {
  name: string;
  valueKind: ValueKind;
  periodicity: Periodicity;
  genderSplit: boolean;
  percentUnbounded: boolean;
}

export interface OutcomeValue {
  period: string;
  gender: Gender;
  value: number | null;
  status: OutcomeStatus;
}

/** The problems with an outcome, by field; empty when it fits the indicator. */
export function outcomeProblems(outcome: OutcomeValue, indicator: OutcomeIndicator): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!isDue(indicator.periodicity, outcome.period)) {
    problems.period = `Indikatorn ”${indicator.name}” följs upp ${DUE_TEXT[indicator.periodicity]}, inte i ${outcome.period}.`;
  }
  if (outcome.gender !== 'T' && !indicator.genderSplit) {
    problems.gender = `Indikatorn ”${indicator.name}” är inte könsuppdelad; rapportera bara Totalt (T).`;
  }
  if (outcome.status === 'missing') {
    if (outcome.value !== null)
      problems.value = 'Ett utfall med status Saknas har inget värde. Töm värdet eller välj en annan status.';
    return problems;
  }
  if (outcome.value === null) {
    problems.value = 'Ange ett värde, eller välj status Saknas om värdet inte finns.';
    return problems;
  }
  if (indicator.valueKind === 'percent' && !indicator.percentUnbounded) {
    if (outcome.value < 0 || outcome.value > 100) {
      problems.value = `Indikatorn mäts i procent, så värdet måste ligga mellan 0 och 100 (fick ${formatNumber(outcome.value)}).`;
    }
  } else if (indicator.valueKind === 'index' && outcome.value < 0) {
    problems.value = 'Ett indexvärde kan inte vara negativt.';
  }
  return problems;
}

/** Throws INVALID with every problem by field when the outcome does not fit its indicator. */
export function checkOutcomeFits(outcome: OutcomeValue, indicator: OutcomeIndicator): void {
  const problems = outcomeProblems(outcome, indicator);
  const first = Object.values(problems)[0];
  if (first) throw new AppError('INVALID', first, { fields: problems });
}

/**
 * A number as Swedish Excel writes it: decimal comma, spaces (also non-breaking) as thousands
 * separators, a Unicode minus; "12,5 %" where a percentage is due. undefined for anything else.
 */
export function parseSwedishValue(text: string, percent: boolean): number | undefined {
  const trimmed = percent ? text.trim().replace(/\s*%$/, '') : text;
  const cleaned = trimmed
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A stored number as written to a Swedish file: decimal comma, no thousands separator. */
export function formatFileValue(value: number): string {
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

export interface ComparableTarget {
  kind: TargetKind;
  value: number | null;
}

/** Met when the value reaches a numeric target in the indicator's direction (none: at least the target). */
export function compareWithTarget(
  value: number | null,
  target: ComparableTarget | null,
  direction: Direction,
): TargetComparison {
  if (value === null) return 'no_value';
  if (target?.kind !== 'number' || target.value === null) return 'no_target';
  const met = direction === 'decrease' ? value <= target.value : value >= target.value;
  return met ? 'met' : 'not_met';
}

export interface UnitValue {
  value: number | null;
  weight: number | null;
}

/**
 * A board's or the city's value from its units' values: sum, mean, or the mean weighted by each unit's
 * weight (units without a weight count as missing it); none gives no value. Null when nothing to add up.
 */
export function consolidate(values: readonly UnitValue[], consolidation: Consolidation): number | null {
  const present = values.filter((v): v is { value: number; weight: number | null } => v.value !== null);
  if (consolidation === 'none' || present.length === 0) return null;
  if (consolidation === 'sum') return round(present.reduce((s, v) => s + v.value, 0));
  if (consolidation === 'mean') return round(present.reduce((s, v) => s + v.value, 0) / present.length);
  const weighted = present.filter((v) => v.weight !== null && v.weight > 0);
  const total = weighted.reduce((s, v) => s + (v.weight ?? 0), 0);
  if (total === 0) return null;
  return round(weighted.reduce((s, v) => s + v.value * (v.weight ?? 0), 0) / total);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
