// The follow-up calendar: which periods a year has, their default dates and deadlines (bottom-up:
// units before boards before the city), and which periods an indicator's periodicity asks for.
import type { OrgKind, Periodicity, ReportPeriod } from './vocabulary.ts';

export interface PeriodDates {
  period: string;
  startsOn: string;
  endsOn: string;
  unitDeadline: string;
  boardDeadline: string;
  cityDeadline: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last month a report period covers: T1 Jan–Apr, T2 Jan–Aug, VB the whole year. */
export const REPORT_END_MONTH: Record<ReportPeriod, number> = { T1: 4, T2: 8, VB: 12 };

/**
 * Default periods of a year. Tertial reports are due ten days after the period for units, twenty for
 * boards and at month's end for the city; the annual report in January–February of the next year;
 * monthly forecasts by the 5th, 8th and 10th of the next month.
 */
export function defaultPeriods(year: number): PeriodDates[] {
  const reports: PeriodDates[] = [
    {
      period: 'T1',
      startsOn: date(year, 1, 1),
      endsOn: date(year, 4, 30),
      unitDeadline: date(year, 5, 10),
      boardDeadline: date(year, 5, 20),
      cityDeadline: date(year, 5, 31),
    },
    {
      period: 'T2',
      startsOn: date(year, 1, 1),
      endsOn: date(year, 8, 31),
      unitDeadline: date(year, 9, 10),
      boardDeadline: date(year, 9, 20),
      cityDeadline: date(year, 9, 30),
    },
    {
      period: 'VB',
      startsOn: date(year, 1, 1),
      endsOn: date(year, 12, 31),
      unitDeadline: date(year + 1, 1, 20),
      boardDeadline: date(year + 1, 2, 10),
      cityDeadline: date(year + 1, 2, 28),
    },
  ];
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
    return {
      period: `${year}-${pad(month)}`,
      startsOn: date(year, month, 1),
      endsOn: date(year, month, lastDay(year, month)),
      unitDeadline: date(nextYear, nextMonth, 5),
      boardDeadline: date(nextYear, nextMonth, 8),
      cityDeadline: date(nextYear, nextMonth, 10),
    };
  });
  return [...reports, ...months];
}

export function isReportPeriod(period: string): period is ReportPeriod {
  return period === 'T1' || period === 'T2' || period === 'VB';
}

/** The month of a YYYY-MM period, or null for a report period. */
export function monthOf(period: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** The months (YYYY-MM) a report covers for monthly forecasts: T1 Jan–Apr, T2 May–Aug, VB Sep–Dec. */
export function monthsOfReport(year: number, period: ReportPeriod): string[] {
  const last = REPORT_END_MONTH[period];
  return [last - 3, last - 2, last - 1, last].map((m) => `${year}-${String(m).padStart(2, '0')}`);
}

/** The report whose period covers a month (Jan–Apr → T1, May–Aug → T2, Sep–Dec → VB). */
export function reportPeriodOf(period: string): ReportPeriod {
  const month = monthOf(period);
  if (!month) return period as ReportPeriod;
  return month.month <= 4 ? 'T1' : month.month <= 8 ? 'T2' : 'VB';
}

/** Whether a periodicity asks for a value in a period: tertial T1/T2/VB, year VB, month each month, quarter Mar/Jun/Sep/Dec. */
export function isDue(periodicity: Periodicity, period: string): boolean {
  const month = monthOf(period);
  switch (periodicity) {
    case 'tertial':
      return isReportPeriod(period);
    case 'year':
      return period === 'VB';
    case 'month':
      return month !== null;
    case 'quarter':
      return month !== null && month.month % 3 === 0;
  }
}

/** Where a periodicity's values are reported, in Swedish, for messages. */
export const DUE_TEXT: Record<Periodicity, string> = {
  tertial: 'i T1, T2 och VB',
  year: 'i VB (verksamhetsberättelsen)',
  month: 'per månad (ÅÅÅÅ-MM)',
  quarter: 'per kvartal, i kvartalets sista månad (ÅÅÅÅ-03, -06, -09, -12)',
};

/**
 * The period whose value a report shows for an indicator, or null when the periodicity asks for none
 * in that report (a yearly indicator in T1): monthly and quarterly show the last such month in the report.
 */
export function reportValuePeriod(
  periodicity: Periodicity,
  report: ReportPeriod,
  year: number,
): string | null {
  const end = REPORT_END_MONTH[report];
  switch (periodicity) {
    case 'tertial':
      return report;
    case 'year':
      return report === 'VB' ? 'VB' : null;
    case 'month':
      return `${year}-${pad(end)}`;
    case 'quarter':
      return `${year}-${pad(end - (end % 3))}`;
  }
}

/** The deadline level of an organisation: boards and the city have their own, everything else is a unit. */
export function deadlineLevel(kind: OrgKind): 'unit' | 'board' | 'city' {
  return kind === 'board' ? 'board' : kind === 'city' ? 'city' : 'unit';
}

/** Sort key so periods list in calendar order: months in order, each report after its last month. */
export function periodOrder(period: string): number {
  const month = monthOf(period);
  if (month) return month.month * 10;
  return REPORT_END_MONTH[period as ReportPeriod] * 10 + 5;
}
