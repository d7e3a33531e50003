import i18next from 'i18next';
import { formatNumber } from '../../domain/target-rules.ts';
import { GOAL_LEVEL_LABEL, type GoalLevel } from '../../shared/vocabulary.ts';

export { formatNumber };

/**
 * Parses "33 700", "3,5" or "-1 200"; returns undefined for anything that is not a number. Where a
 * percentage is due (options.percent), "12,5 %" is read as 12.5.
 */
export function parseSwedishNumber(text: string, options: { percent?: boolean } = {}): number | undefined {
  const trimmed = options.percent ? text.trim().replace(/\s*%$/, '') : text;
  const cleaned = trimmed
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** An amount input's text for a stored number. */
export function amountText(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value);
}

/** "Nämndmål: 1.2 Title" in the UI language; the document preview passes lng 'sv' to match the print. */
export function goalHeading(goal: { level: GoalLevel; number: string | null; title: string }, lng?: string) {
  const level = i18next.t(`vocabulary:goalLevel.${goal.level}`, {
    lng,
    defaultValue: GOAL_LEVEL_LABEL[goal.level],
  });
  return `${level}: ${goal.number ? `${goal.number} ` : ''}${goal.title}`;
}
