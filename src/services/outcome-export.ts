// The current outcomes of a year (or one period) as the file controllers edit in Excel and read back.
import { sql } from 'kysely';
import { periodOrder } from '../domain/follow-up-period.ts';
import type { Gender, OutcomeStatus } from '../domain/vocabulary.ts';
import { type ExportRow, outcomeTable } from '../importers/outcome-file.ts';
import { type SpreadsheetFormat, writeSpreadsheet } from '../importers/spreadsheet.ts';
import type { Ctx } from './context.ts';

const GENDER_ORDER: Record<Gender, number> = { T: 0, K: 1, M: 2 };

export async function listExportRows(ctx: Ctx, year: number, period?: string): Promise<ExportRow[]> {
  let query = ctx.db
    .selectFrom('outcome')
    .innerJoin('organisation', 'organisation.id', 'outcome.organisationId')
    .innerJoin('indicator', 'indicator.id', 'outcome.indicatorId')
    .select([
      'organisation.name as organisation',
      'organisation.externalId as organisationCode',
      'organisation.sortOrder as orgSort',
      'indicator.name as indicator',
      sql<string>`coalesce(indicator.external_id, indicator.id::text)`.as('indicatorId'),
      'outcome.period',
      'outcome.gender',
      'outcome.value',
      'outcome.status',
      'outcome.comment',
    ])
    .where('outcome.current', '=', true)
    .where('outcome.year', '=', year);
  if (period) query = query.where('outcome.period', '=', period);
  const rows = await query.execute();
  rows.sort(
    (a, b) =>
      a.orgSort - b.orgSort ||
      a.organisation.localeCompare(b.organisation, 'sv') ||
      a.indicator.localeCompare(b.indicator, 'sv') ||
      periodOrder(a.period) - periodOrder(b.period) ||
      GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender],
  );
  return rows.map(({ orgSort: _, ...r }) => ({ ...r, status: r.status as OutcomeStatus }));
}

export async function exportOutcomes(
  ctx: Ctx,
  options: { year: number; period?: string; format: SpreadsheetFormat },
): Promise<{ bytes: Uint8Array; rows: number }> {
  const rows = await listExportRows(ctx, options.year, options.period);
  const bytes = await writeSpreadsheet(options.format, `Utfall ${options.year}`, outcomeTable(rows));
  return { bytes, rows: rows.length };
}
