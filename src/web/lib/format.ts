import { formatNumber } from '../../domain/target-rules.ts';

export { formatNumber };

/** Parses "33 700", "3,5" or "-1 200"; returns undefined for anything that is not a number. */
export function parseSwedishNumber(text: string): number | undefined {
  const cleaned = text
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

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const STATUS_LABEL = { draft: 'Utkast', review: 'Under granskning', decided: 'Beslutad' } as const;

export const PERIODICITY_LABEL = {
  year: 'År',
  tertial: 'Tertial',
  quarter: 'Kvartal',
  month: 'Månad',
} as const;

export const LEVEL_LABEL = {
  city_direction: 'KF:s inriktningsmål',
  city_area: 'KF:s mål för verksamhetsområdet',
  board: 'Nämndmål',
  unit: 'Enhetsmål',
} as const;

export function goalHeading(goal: { level: keyof typeof LEVEL_LABEL; number: string | null; title: string }) {
  return `${LEVEL_LABEL[goal.level]}: ${goal.number ? `${goal.number} ` : ''}${goal.title}`;
}
