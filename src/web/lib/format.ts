import i18next from 'i18next';
import { formatNumber } from '../../domain/target-rules.ts';
import { GOAL_LEVEL_LABEL, type GoalLevel } from '../../shared/vocabulary.ts';

export { formatNumber };

/**
 * Reads a number typed in the UI language; undefined for anything that is not a number. Where a percentage
 * is due (options.percent), "12,5 %" is read as 12.5.
 * Swedish: "33 700", "3,5", "-1 200" (a comma is the decimal sign).
 * English: "33,700", "3.5", "33 700"; a comma is the thousands separator only where it groups three digits
 * ("1,500" is 1500, never 1.5), and a lone decimal comma ("3,5", as Swedish figures are often pasted) is
 * still read as a decimal sign.
 */
export function parseNumberText(
  text: string,
  options: { percent?: boolean; lng?: string } = {},
): number | undefined {
  const trimmed = options.percent ? text.trim().replace(/\s*%$/, '') : text;
  let cleaned = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if ((options.lng ?? i18next.language) === 'en' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) {
    cleaned = cleaned.replace(/,/g, '');
  } else if (!cleaned.includes('.')) {
    cleaned = cleaned.replace(',', '.');
  }
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** An amount input's text for a stored number, in the UI language ("1 500,5" or "1,500.5"). */
export function amountText(value: number | null | undefined, lng: string = i18next.language): string {
  if (value == null) return '';
  return lng === 'en' ? ENGLISH_NUMBER.format(value).replace(/\u2212/g, '-') : formatNumber(value);
}

const ENGLISH_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "Nämndmål: 1.2 Title" in the UI language; the document preview passes lng 'sv' to match the print. */
export function goalHeading(goal: { level: GoalLevel; number: string | null; title: string }, lng?: string) {
  const level = i18next.t(`vocabulary:goalLevel.${goal.level}`, {
    lng,
    defaultValue: GOAL_LEVEL_LABEL[goal.level],
  });
  return `${level}: ${goal.number ? `${goal.number} ` : ''}${goal.title}`;
}
