// The outcome file as controllers exchange it with Excel: one row per value, columns exactly
// Organisation;Organisationskod;Indikator;Indikator-id;Period;Kön;Värde;Status;Kommentar.
// This module turns the table into typed rows (or per-cell errors); it knows nothing of the database.
import { monthOf } from '../domain/follow-up-period.ts';
import { formatFileValue, parseSwedishValue } from '../domain/outcome-rules.ts';
import {
  FOLLOW_UP_PERIOD_PATTERN,
  GENDERS,
  type Gender,
  OUTCOME_STATUS_LABEL,
  OUTCOME_STATUSES,
  type OutcomeStatus,
} from '../domain/vocabulary.ts';
import type { Table } from './spreadsheet.ts';

export const OUTCOME_HEADER = [
  'Organisation',
  'Organisationskod',
  'Indikator',
  'Indikator-id',
  'Period',
  'Kön',
  'Värde',
  'Status',
  'Kommentar',
] as const;

export interface FileError {
  row: number;
  column: string;
  message: string;
}

/** A data row as read, before organisation and indicator are looked up. */
export interface OutcomeFileRow {
  row: number;
  organisation: string;
  organisationCode: string;
  indicator: string;
  indicatorId: string;
  period: string;
  gender: Gender;
  /** The value's text; typed once the indicator (percent or not) is known. */
  valueText: string;
  status: OutcomeStatus | null;
  comment: string;
}

const STATUS_BY_TEXT = new Map<string, OutcomeStatus>(
  OUTCOME_STATUSES.flatMap((s) => [
    [s, s],
    [OUTCOME_STATUS_LABEL[s].toLowerCase(), s],
  ]),
);

/** Checks the header and reads every data row; blank rows are skipped, row numbers are Excel's. */
export function readOutcomeTable(table: Table): { rows: OutcomeFileRow[]; errors: FileError[] } {
  const header = (table[0] ?? []).map((h) => h.trim());
  while (header.length > OUTCOME_HEADER.length && header[header.length - 1] === '') header.pop();
  if (header.join(';') !== OUTCOME_HEADER.join(';')) {
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: 'Rubrikrad',
          message: `Första raden ska vara exakt ${OUTCOME_HEADER.join(';')} (fick ${header.join(';') || 'en tom rad'}). Exportera en fil med malkedja outcomes export och utgå från den.`,
        },
      ],
    };
  }
  const rows: OutcomeFileRow[] = [];
  const errors: FileError[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (n: number) => (cells[n] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) return;
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const period = cell(4).toUpperCase();
    if (!FOLLOW_UP_PERIOD_PATTERN.test(period)) {
      fail('Period', `Perioden ”${cell(4)}” känns inte igen. Ange T1, T2, VB eller en månad ÅÅÅÅ-MM.`);
    }
    const gender = (cell(5) || 'T').toUpperCase() as Gender;
    if (!GENDERS.includes(gender))
      fail('Kön', `Kön ”${cell(5)}” känns inte igen. Ange T (totalt), K (kvinnor) eller M (män).`);
    const statusText = cell(7).toLowerCase();
    const status = statusText === '' ? null : (STATUS_BY_TEXT.get(statusText) ?? null);
    if (statusText !== '' && !status) {
      fail('Status', `Status ”${cell(7)}” känns inte igen. Ange Preliminärt, Slutligt eller Saknas.`);
    }
    if (!cell(1) && !cell(0)) fail('Organisation', 'Ange organisationen (namn eller organisationskod).');
    if (!cell(3) && !cell(2)) fail('Indikator', 'Ange indikatorn (namn eller indikator-id).');
    rows.push({
      row,
      organisation: cell(0),
      organisationCode: cell(1),
      indicator: cell(2),
      indicatorId: cell(3),
      period,
      gender,
      valueText: cell(6),
      status,
      comment: (cells[8] ?? '').trim(),
    });
  });
  return { rows, errors };
}

/** The value of a row for its indicator, or an error message saying what is wrong. */
export function parseRowValue(
  row: Pick<OutcomeFileRow, 'valueText' | 'status'>,
  percent: boolean,
): { value: number | null; status: OutcomeStatus } | { error: string } {
  if (row.valueText === '') return { value: null, status: row.status ?? 'missing' };
  const value = parseSwedishValue(row.valueText, percent);
  if (value === undefined) {
    return {
      error: `Värdet ”${row.valueText}” är inget tal. Skriv ett tal med decimalkomma, till exempel 12,5${percent ? ' eller 12,5 %' : ''}.`,
    };
  }
  return { value, status: row.status ?? 'preliminary' };
}

/** The year a file's rows belong to when none is given: its months' year, if they name exactly one. */
export function inferYear(rows: readonly Pick<OutcomeFileRow, 'period'>[]): number | null {
  const years = new Set(rows.map((r) => monthOf(r.period)?.year).filter((y): y is number => y !== undefined));
  return years.size === 1 ? [...years][0]! : null;
}

export interface ExportRow {
  organisation: string;
  organisationCode: string | null;
  indicator: string;
  indicatorId: string;
  period: string;
  gender: Gender;
  value: number | null;
  status: OutcomeStatus;
  comment: string;
}

/** The table to write: the header, then one row per value with Swedish decimal commas and status labels. */
export function outcomeTable(rows: readonly ExportRow[]): Table {
  return [
    [...OUTCOME_HEADER],
    ...rows.map((r) => [
      r.organisation,
      r.organisationCode ?? '',
      r.indicator,
      r.indicatorId,
      r.period,
      r.gender,
      r.value === null ? '' : formatFileValue(r.value),
      OUTCOME_STATUS_LABEL[r.status],
      r.comment,
    ]),
  ];
}
