// Bulk outcomes from a CSV or XLSX file: every row is checked (organisation, indicator, period, value
// kind, closed period, duplicates, rights: outcome-import-check.ts), and all rows are written in one
// transaction or none. Unchanged rows add nothing; a changed value becomes a new revision.
import {
  insertOutcomes,
  listLatestOutcomes,
  type OutcomeKey,
  outcomeKey,
  supersedeOutcomes,
} from '../db/repos/outcome.ts';
import type { OutcomeRow } from '../db/schema.ts';
import { type FileError, inferYear, readOutcomeTable } from '../importers/outcome-file.ts';
import { readSpreadsheet, type Table } from '../importers/spreadsheet.ts';
import type { OutcomeImportReport } from '../shared/schemas/follow-up-views.ts';
import { swedishDate } from './board-review.ts';
import { type Ctx, inTransaction } from './context.ts';
import { rowChecker, type Typed } from './outcome-import-check.ts';
import { recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

export interface OutcomeImportOptions {
  dryRun?: boolean;
  /** The year of T1/T2/VB rows; by default the year the file's months name, else the current year. */
  year?: number;
  /** Rows checked and written together (tests make it small to cross chunks with a few rows). */
  chunkRows?: number;
}

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

function sortErrors(errors: FileError[]): FileError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

async function loadCurrent(ctx: Ctx, rows: readonly OutcomeKey[], year: number) {
  return listLatestOutcomes(ctx.db, {
    organisationIds: [...new Set(rows.map((r) => r.organisationId))],
    years: [year],
    periods: [...new Set(rows.map((r) => r.period))],
    indicatorIds: [...new Set(rows.map((r) => r.indicatorId))],
  });
}
