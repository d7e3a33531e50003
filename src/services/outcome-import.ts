// Bulk outcomes from a CSV or XLSX file: every row is checked (organisation, indicator, period, value
// kind, closed period, duplicates, rights) before anything is written, and then all rows are written in
// one transaction or none. Unchanged rows add nothing; a changed value becomes a new revision.
import {
  insertOutcomes,
  listLatestOutcomes,
  type OutcomeKey,
  outcomeKey,
  supersedeOutcomes,
} from '../db/repos/outcome.ts';
import type { OutcomeRow } from '../db/schema.ts';
import { reportPeriodOf } from '../domain/follow-up-period.ts';
import { outcomeProblems } from '../domain/outcome-rules.ts';
import { isWritable } from '../domain/plan-workflow.ts';
import { REPORT_PERIOD_KIND } from '../domain/vocabulary.ts';
import { type FileError, inferYear, parseRowValue, readOutcomeTable } from '../importers/outcome-file.ts';
import { readSpreadsheet, type Table } from '../importers/spreadsheet.ts';
import type { OutcomeImportReport } from '../shared/schemas/follow-up-views.ts';
import { canDo } from './authz.ts';
import { swedishDate } from './board-review.ts';
import { type Ctx, inTransaction } from './context.ts';
import { recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

export interface OutcomeImportOptions {
  dryRun?: boolean;
  /** The year of T1/T2/VB rows; by default the year the file's months name, else the current year. */
  year?: number;
}

const COLUMN: Record<string, string> = { period: 'Period', gender: 'Kön', value: 'Värde' };

export async function importOutcomes(
  ctx: Ctx,
  bytes: Uint8Array,
  options: OutcomeImportOptions = {},
): Promise<OutcomeImportReport> {
  const table = await readSpreadsheet(bytes);
  // Checked and written in one transaction, so the values compared are the values replaced.
  return options.dryRun
    ? checkAndWrite(ctx, table, options)
    : inTransaction(ctx, (trx) => checkAndWrite(trx, table, options));
}

async function checkAndWrite(
  ctx: Ctx,
  table: Table,
  options: OutcomeImportOptions,
): Promise<OutcomeImportReport> {
  const { rows, errors } = readOutcomeTable(table);
  const year = options.year ?? inferYear(rows) ?? Number(swedishDate(ctx.now()).slice(0, 4));
  const lookups = await loadLookups(ctx, rows, year);
  const fail = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const seen = new Map<string, number>();
  const allowed = new Map<string, Promise<boolean>>();
  const mayWrite = (organisationId: string) => {
    if (!allowed.has(organisationId))
      allowed.set(organisationId, canDo(ctx, 'followup.write', { organisationId }));
    return allowed.get(organisationId)!;
  };
  const typed: (OutcomeKey & {
    row: number;
    value: number | null;
    status: OutcomeRow['status'];
    comment: string;
  })[] = [];

  // A row whose cells could not be read (period, gender, status) gets no further messages.
  const unreadable = new Set(errors.map((e) => e.row));
  for (const r of rows) {
    if (unreadable.has(r.row)) continue;
    const org = r.organisationCode
      ? lookups.orgByCode.get(r.organisationCode)
      : lookups.orgByName.get(r.organisation);
    if (!org) {
      fail(
        r.row,
        r.organisationCode ? 'Organisationskod' : 'Organisation',
        `Organisationen ${r.organisationCode || r.organisation} finns inte. Kontrollera organisationskoden mot organisationsregistret.`,
      );
    } else if (org === 'ambiguous') {
      fail(r.row, 'Organisation', `Flera organisationer heter ${r.organisation}. Ange organisationskoden.`);
    }
    const indicator = r.indicatorId
      ? lookups.indicatorById.get(r.indicatorId)
      : lookups.indicatorByName.get(r.indicator);
    if (!indicator) {
      fail(
        r.row,
        r.indicatorId ? 'Indikator-id' : 'Indikator',
        `Indikatorn ${r.indicatorId || r.indicator} finns inte. Kontrollera indikator-id:t.`,
      );
    } else if (indicator === 'ambiguous') {
      fail(r.row, 'Indikator', `Flera indikatorer heter ${r.indicator}. Ange indikator-id.`);
    }
    if (!org || org === 'ambiguous' || !indicator || indicator === 'ambiguous') continue;
    const parsed = parseRowValue(r, indicator.valueKind === 'percent');
    if ('error' in parsed) {
      fail(r.row, 'Värde', parsed.error);
      continue;
    }
    const problems = outcomeProblems({ period: r.period, gender: r.gender, ...parsed }, indicator);
    for (const [field, message] of Object.entries(problems)) fail(r.row, COLUMN[field] ?? 'Värde', message);
    const key = {
      indicatorId: indicator.id,
      organisationId: org.id,
      year,
      period: r.period,
      gender: r.gender,
    };
    const earlier = seen.get(outcomeKey(key));
    if (earlier !== undefined) {
      fail(
        r.row,
        'Period',
        `Raden upprepar rad ${earlier} (samma organisation, indikator, period och kön). Ta bort en av dem.`,
      );
      continue;
    }
    seen.set(outcomeKey(key), r.row);
    const locked = lookups.lockedReports.get(`${org.id}|${reportPeriodOf(r.period)}`);
    if (locked)
      fail(
        r.row,
        'Period',
        `Perioden ${r.period} ${year} är stängd för ${org.name} (rapporten är ${locked}). Den måste öppnas igen innan utfallet kan ändras.`,
      );
    if (!(await mayWrite(org.id))) {
      fail(r.row, 'Organisation', `Du får inte rapportera utfall för ${org.name}.`);
    }
    if (Object.keys(problems).length === 0) typed.push({ ...key, row: r.row, ...parsed, comment: r.comment });
  }

  const current = new Map((await loadCurrent(ctx, typed, year)).map((o) => [outcomeKey(o), o]));
  const report = { rows: rows.length, created: 0, changed: 0, unchanged: 0, errors: sortErrors(errors) };
  const writes: typeof typed = [];
  const superseded: string[] = [];
  for (const t of typed) {
    const before = current.get(outcomeKey(t));
    if (!before) report.created += 1;
    else if (before.value === t.value && before.status === t.status && before.comment === t.comment) {
      report.unchanged += 1;
      continue;
    } else {
      report.changed += 1;
      superseded.push(before.id);
    }
    writes.push(t);
  }
  if (report.errors.length > 0 || options.dryRun || writes.length === 0) return report;

  await ensureYear(ctx, year);
  await supersedeOutcomes(ctx.db, superseded);
  const now = ctx.now();
  const inserted = await insertOutcomes(
    ctx.db,
    writes.map(({ row: _, ...w }) => ({
      ...w,
      origin: 'import' as const,
      revision: (current.get(outcomeKey(w))?.revision ?? 0) + 1,
      createdAt: now,
      createdBy: ctx.actor,
    })),
  );
  // The rows themselves are the history (actor, time, origin import, revision); one audit event names the import.
  await recordAudit(ctx, 'outcomeImport', inserted[0]!, 'create', null, {
    year,
    rows: report.rows,
    created: report.created,
    changed: report.changed,
    unchanged: report.unchanged,
    firstOutcomeId: inserted[0]!,
  });
  return report;
}

function sortErrors(errors: FileError[]): FileError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

type Ambiguous<T> = T | 'ambiguous';

function uniqueBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, Ambiguous<T>> {
  const map = new Map<string, Ambiguous<T>>();
  for (const item of items) {
    const k = key(item);
    if (k) map.set(k, map.has(k) ? 'ambiguous' : item);
  }
  return map;
}

async function loadLookups(ctx: Ctx, rows: readonly { period: string }[], year: number) {
  const orgs = await ctx.db.selectFrom('organisation').select(['id', 'name', 'externalId']).execute();
  const indicators = await ctx.db
    .selectFrom('indicator')
    .select(['id', 'name', 'externalId', 'valueKind', 'periodicity', 'genderSplit', 'percentUnbounded'])
    .execute();
  const reports =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('plan')
          .select(['organisationId', 'kind', 'status'])
          .where('year', '=', year)
          .where('kind', 'in', Object.values(REPORT_PERIOD_KIND))
          .execute();
  const periodOfKind = { t1: 'T1', t2: 'T2', annual: 'VB' } as Record<string, string>;
  const lockedReports = new Map(
    reports
      .filter((r) => !isWritable(r.status))
      .map((r) => [`${r.organisationId}|${periodOfKind[r.kind]}`, statusText(r.status)]),
  );
  return {
    orgByCode: uniqueBy(orgs, (o) => o.externalId),
    orgByName: uniqueBy(orgs, (o) => o.name),
    indicatorById: new Map([
      ...uniqueBy(indicators, (i) => i.id),
      ...uniqueBy(indicators, (i) => i.externalId),
    ]),
    indicatorByName: uniqueBy(indicators, (i) => i.name),
    lockedReports,
  };
}

function statusText(status: string): string {
  return (
    { submitted: 'inskickad', approved: 'godkänd', decided: 'beslutad', published: 'publicerad' }[status] ??
    status
  );
}

async function loadCurrent(ctx: Ctx, rows: readonly OutcomeKey[], year: number) {
  return listLatestOutcomes(ctx.db, {
    organisationIds: [...new Set(rows.map((r) => r.organisationId))],
    years: [year],
    periods: [...new Set(rows.map((r) => r.period))],
    indicatorIds: [...new Set(rows.map((r) => r.indicatorId))],
  });
}
