// Deviation of a forecast from budget in the plan's one convention (domain/budget.ts): amounts are
// stored positive, and a positive deviation is better than budget (more revenue, less cost).
import { AppError } from './errors.ts';
import { formatNumber } from './target-rules.ts';
import type { BudgetGroup } from './vocabulary.ts';

export interface ForecastLine {
  groupKind: BudgetGroup;
  budget: number;
  forecast: number | null;
  /** The year's outcome (VB); when present the deviation is measured on it. */
  outcome: number | null;
}

export function deviationOf(line: ForecastLine): number | null {
  const actual = line.outcome ?? line.forecast;
  if (actual === null) return null;
  const raw = line.groupKind === 'revenue' ? actual - line.budget : line.budget - actual;
  return Math.round(raw * 1000) / 1000;
}

/** A deviation beyond the board's threshold (either way) needs a comment; no threshold, no demand. */
export function isOverThreshold(deviation: number | null, threshold: number | null): boolean {
  return deviation !== null && threshold !== null && Math.abs(deviation) > threshold;
}

export function checkDeviationComment(
  line: ForecastLine & { label: string; comment: string },
  threshold: number | null,
): void {
  const deviation = deviationOf(line);
  if (isOverThreshold(deviation, threshold) && line.comment.trim() === '') {
    const message = `Avvikelsen för ${line.label} är ${formatNumber(deviation!)} tkr, mer än nämndens gräns på ${formatNumber(threshold!)} tkr. Skriv en kommentar som förklarar avvikelsen.`;
    throw new AppError('INVALID', message, { fields: { comment: message } });
  }
}
