import type { Dashboard } from '../../../shared/schemas/follow-up-views.ts';

export type Series = Dashboard['series'][number];

export interface SeriesRow {
  /** "2025 T1", or "2025-06" for a month */
  key: string;
  year: number;
  period: string;
  T: number | null;
  K: number | null;
  M: number | null;
  target: number | null;
}

const ORDER: Record<string, number> = { T1: 1, T2: 2, VB: 3 };

/** The points of a series as one row per year and period, in time order (months before their tertial ends). */
export function seriesRows(series: Series): SeriesRow[] {
  const rows = new Map<string, SeriesRow>();
  for (const p of series.points) {
    // A month (2025-06) already names its year; a report period gets it in front: "2025 T1".
    const key = /^\d{4}-/.test(p.period) ? p.period : `${p.year} ${p.period}`;
    const row = rows.get(key) ?? {
      key,
      year: p.year,
      period: p.period,
      T: null,
      K: null,
      M: null,
      target: null,
    };
    row[p.gender] = p.value;
    if (p.gender === 'T' && p.target != null) row.target = p.target;
    rows.set(key, row);
  }
  const rank = (r: SeriesRow) => r.year * 100 + (ORDER[r.period] ?? Number(r.period.slice(5)) / 4);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b));
}
