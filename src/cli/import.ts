// malkedja import FILE… [--year ÅR] [--dry-run] [--json] [--organisation ID] [--on-collision link|own]
// --dry-run --json prints the import contract (toImportJson) of the files plus a `report` field and
// writes nothing; without --json a summary per plan. A dry run against a missing local database uses a
// throwaway one, so it never creates ./data.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../domain/errors.ts';
import { formatPlanReport } from '../importers/format-import-report.ts';
import { importPlanFiles, type PlanFile } from '../importers/import-files.ts';
import { readPlanFile } from '../importers/read-plan-file.ts';
import type { Ctx } from '../services/context.ts';

export const IMPORT_HELP =
  '  import FIL… [--year ÅR] [--dry-run] [--json] [--organisation ID] [--on-collision link|own]\n' +
  '                                 läs in verksamhetsplaner (.txt eller .docx); idempotent. När planens\n' +
  '                                 KF-mål har samma nummer som andra mål: link kopplar till de befintliga,\n' +
  '                                 own skapar planens egna (utan nummer), --year ÅR importerar till ett annat år';

interface CliCtx {
  ctx: Ctx;
  close: () => Promise<void>;
}

/** A bar on a terminal; one line per plan when stderr is a file or a pipe (CI logs). */
function progressBar(done: number, total: number, label: string): void {
  if (total < 2) return;
  if (!process.stderr.isTTY) {
    process.stderr.write(`Plan ${done}/${total}: ${label}\n`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  process.stderr.write(`\r[${bar}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
  if (done === total) process.stderr.write('\n');
}

async function openForImport(dryRun: boolean, open: () => Promise<CliCtx>): Promise<CliCtx> {
  const config = loadConfig();
  if (!dryRun || config.databaseUrl || existsSync(config.dataDir)) return open();
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  return { ctx: { db: handle.db, actor: config.actor, now: () => new Date() }, close: handle.close };
}

export async function runImport(args: string[], open: () => Promise<CliCtx>): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      organisation: { type: 'string' },
      'on-collision': { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    throw new AppError(
      'INVALID',
      'Ange filerna som ska läsas in: malkedja import FIL… [--dry-run] [--json].',
    );
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) {
    throw new AppError('INVALID', 'Ange året med --year, till exempel --year 2025.');
  }
  const onCollision = values['on-collision'];
  if (onCollision !== undefined && onCollision !== 'link' && onCollision !== 'own') {
    throw new AppError(
      'INVALID',
      'Ange --on-collision link (koppla till befintliga mål) eller --on-collision own (skapa planens egna mål). För ett annat år: --year ÅR.',
    );
  }
  const files: PlanFile[] = [];
  for (const path of positionals) {
    files.push({ name: basename(path), text: await readPlanFile(path, basename(path)) });
  }
  const dryRun = values['dry-run'] ?? false;
  const c = await openForImport(dryRun, open);
  try {
    const result = await importPlanFiles(c.ctx, files, {
      year,
      organisationId: values.organisation,
      dryRun,
      onCollision,
      onProgress: progressBar,
    });
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      console.log(result.report.plans.map(formatPlanReport).join('\n\n'));
      if (dryRun) console.log('\nProvimport: ingenting har sparats. Kör utan --dry-run för att importera.');
    }
    if (!result.report.ok) process.exitCode = 1;
  } finally {
    await c.close();
  }
}
