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
import {
  type FileError,
  inferYear,
  type OutcomeFileRow,
  parseRowValue,
  readOutcomeTable,
} from '../importers/outcome-file.ts';
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
  /** Rows checked and written together (tests make it small to cross chunks with a few rows). */
  chunkRows?: number;
}

const COLUMN: Record<string, string> = { period: 'Period', gender: 'Kön', value: 'Värde' };

/** Rows checked, looked up and written together by default; one insert statement each. */
const CHUNK_ROWS = 10_000;

/** Thrown inside the import's transaction to roll back what was written before an error was found. */
class RolledBack extends Error {
  constructor(readonly report: OutcomeImportReport) {
    super('Importen rullades tillbaka');
  }
}

export async function importOutcomes(
  ctx: Ctx,
  bytes: Uint8Array,
  options: OutcomeImportOptions = {},
): Promise<OutcomeImportReport> {
  const table = await readSpreadsheet(bytes);
  if (options.dryRun) return checkAndWrite(ctx, table, options, 'never');
  // Checked and written in one transaction, so the values compared are the values replaced. In a
  // transaction of its own the import writes each chunk while it checks the next (the database inserts
  // while this process checks: two cores instead of one), and rolls everything back when a later row
  // turns out bad. Inside a caller's transaction it cannot roll back alone, so it writes only at the end.
  const when = ctx.db.isTransaction ? 'at-end' : 'while-checking';
  try {
    return await inTransaction(ctx, (trx) => checkAndWrite(trx, table, options, when));
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

type Typed = OutcomeKey & {
  /** outcomeKey of the row, made once. */
  key: string;
  row: number;
  value: number | null;
  status: OutcomeRow['status'];
  comment: string;
};

async function checkAndWrite(
  ctx: Ctx,
  table: Table,
  options: OutcomeImportOptions,
  when: 'never' | 'at-end' | 'while-checking',
): Promise<OutcomeImportReport> {
  const { rows, errors } = readOutcomeTable(table);
  const year = options.year ?? inferYear(rows) ?? Number(swedishDate(ctx.now()).slice(0, 4));
  const check = await rowChecker(ctx, rows, year, errors);
  const report = { rows: rows.length, created: 0, changed: 0, unchanged: 0, errors };
  const later: { writes: Typed[]; superseded: string[]; current: Map<string, OutcomeRow> }[] = [];
  let written: Promise<string | undefined> = Promise.resolve(undefined);
  let firstId: string | undefined;
  let wrote = false;

  const size = options.chunkRows ?? CHUNK_ROWS;
  for (let i = 0; i < rows.length; i += size) {
    const typed: Typed[] = [];
    for (let n = i; n < Math.min(i + size, rows.length); n++) {
      const row = check(rows[n]!);
      if (row) typed.push(row);
      // Lets the chunk being written reach the database while this loop runs.
      if (n % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
    }
    // One write in flight at a time: the previous chunk must be in before this one's values are compared.
    firstId ??= await written;
    const chunk = await classify(ctx, typed, year, report);
    if (when === 'at-end') later.push(chunk);
    else if (when === 'while-checking' && errors.length === 0 && chunk.writes.length > 0) {
      if (!wrote) await ensureYear(ctx, year);
      wrote = true;
      written = writeChunk(ctx, year, chunk);
      written.catch(() => {}); // awaited above or below; this only keeps Node from calling it unhandled
    }
  }
  firstId ??= await written;
  report.errors = sortErrors(errors);
  if (report.errors.length > 0) {
    if (wrote) throw new RolledBack(report);
    return report;
  }
  if (when === 'at-end' && later.some((c) => c.writes.length > 0)) {
    await ensureYear(ctx, year);
    for (const chunk of later) firstId ??= await writeChunk(ctx, year, chunk);
  }
  if (!firstId) return report;
  // The rows themselves are the history (actor, time, origin import, revision); one audit event names the import.
  await recordAudit(ctx, 'outcomeImport', firstId, 'create', null, {
    year,
    rows: report.rows,
    created: report.created,
    changed: report.changed,
    unchanged: report.unchanged,
    firstOutcomeId: firstId,
  });
  return report;
}

/** Counts each checked row as new, changed or unchanged against the stored values; returns what to write. */
async function classify(ctx: Ctx, typed: Typed[], year: number, report: OutcomeImportReport) {
  const current = new Map((await loadCurrent(ctx, typed, year)).map((o) => [outcomeKey(o), o]));
  const writes: Typed[] = [];
  const superseded: string[] = [];
  for (const t of typed) {
    const before = current.get(t.key);
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
  return { writes, superseded, current };
}

/** Supersedes the changed rows' current values and inserts the new revisions; the first new row's id. */
async function writeChunk(
  ctx: Ctx,
  year: number,
  chunk: { writes: Typed[]; superseded: string[]; current: Map<string, OutcomeRow> },
): Promise<string | undefined> {
  await supersedeOutcomes(ctx.db, chunk.superseded);
  const { firstId } = await insertOutcomes(
    ctx.db,
    { year, origin: 'import', createdAt: ctx.now(), createdBy: ctx.actor },
    chunk.writes.map((w) => ({
      indicatorId: w.indicatorId,
      organisationId: w.organisationId,
      period: w.period,
      gender: w.gender,
      value: w.value,
      status: w.status,
      comment: w.comment,
      revision: (chunk.current.get(w.key)?.revision ?? 0) + 1,
    })),
  );
  return firstId;
}

/**
 * Checks one row against the organisations, indicators, closed periods, the person's rights and the rows
 * before it; records what is wrong in `errors` and returns the row typed when it can be written.
 */
async function rowChecker(ctx: Ctx, rows: readonly OutcomeFileRow[], year: number, errors: FileError[]) {
  const lookups = await loadLookups(ctx, rows, year);
  const fail = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const seen = new Map<string, number>();
  // The person's right to report, once per organisation the file names: each row is then checked without waiting.
  const orgOf = (r: OutcomeFileRow) =>
    r.organisationCode ? lookups.orgByCode.get(r.organisationCode) : lookups.orgByName.get(r.organisation);
  const named = new Set<string>();
  for (const r of rows) {
    const org = orgOf(r);
    if (org && org !== 'ambiguous') named.add(org.id);
  }
  const allowed = new Map(
    await Promise.all(
      [...named].map(async (id) => [id, await canDo(ctx, 'followup.write', { organisationId: id })] as const),
    ),
  );
  // A row whose cells could not be read (period, gender, status) gets no further messages.
  const unreadable = new Set(errors.map((e) => e.row));

  return (r: OutcomeFileRow): Typed | undefined => {
    if (unreadable.has(r.row)) return undefined;
    const org = orgOf(r);
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
    if (!org || org === 'ambiguous' || !indicator || indicator === 'ambiguous') return undefined;
    const parsed = parseRowValue(r, indicator.valueKind === 'percent');
    if ('error' in parsed) {
      fail(r.row, 'Värde', parsed.error);
      return undefined;
    }
    const problems = outcomeProblems({ period: r.period, gender: r.gender, ...parsed }, indicator);
    for (const [field, message] of Object.entries(problems)) fail(r.row, COLUMN[field] ?? 'Värde', message);
    const fields = {
      indicatorId: indicator.id,
      organisationId: org.id,
      year,
      period: r.period,
      gender: r.gender,
    };
    const key = outcomeKey(fields);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        r.row,
        'Period',
        `Raden upprepar rad ${earlier} (samma organisation, indikator, period och kön). Ta bort en av dem.`,
      );
      return undefined;
    }
    seen.set(key, r.row);
    const locked = lookups.lockedReports.get(`${org.id}|${reportPeriodOf(r.period)}`);
    if (locked)
      fail(
        r.row,
        'Period',
        `Perioden ${r.period} ${year} är stängd för ${org.name} (rapporten är ${locked}). Den måste öppnas igen innan utfallet kan ändras.`,
      );
    if (!allowed.get(org.id)) {
      fail(r.row, 'Organisation', `Du får inte rapportera utfall för ${org.name}.`);
    }
    if (Object.keys(problems).length > 0) return undefined;
    return { ...fields, key, row: r.row, value: parsed.value, status: parsed.status, comment: r.comment };
  };
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
