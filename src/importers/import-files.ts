// Imports one or more plan files (the CLI's and the API's shared path). Every file is read, parsed and
// checked before anything is written, so one bad file stops the whole import with its message; then
// each plan is imported in its own transaction.
import { AppError } from '../domain/errors.ts';
import { assertCan } from '../services/authz.ts';
import type { Ctx } from '../services/context.ts';
import type { ImportJson } from './import-json.ts';
import { importPlan } from './import-plan.ts';
import { newPlanReport, type PlanImportReport } from './import-report.ts';
import type { CollisionChoice } from './import-state.ts';
import { type ParsedFile, type PlanFile, parsePlanFiles } from './parse-plan-files.ts';
import type { ParsedPlan } from './parsed-plan.ts';

export type { ParsedFile, PlanFile };

export interface ImportFilesOptions {
  year?: number;
  organisationId?: string;
  dryRun?: boolean;
  /** When a printed goal's number belongs to a different stored goal; unset refuses with the choices. */
  onCollision?: CollisionChoice;
  /** Called after each plan: plans done, plans in all, the plan's unit name. */
  onProgress?: (done: number, total: number, label: string) => void;
}

/** The contract JSON of every file (plans in file order, warnings re-indexed to them) plus the report. */
export interface ImportFilesResult extends ImportJson {
  report: {
    dryRun: boolean;
    ok: boolean;
    files: { name: string; planIndexes: number[] }[];
    plans: PlanImportReport[];
  };
}

export function importPlanFiles(
  ctx: Ctx,
  files: PlanFile[],
  options: ImportFilesOptions = {},
): Promise<ImportFilesResult> {
  return importParsedFiles(ctx, parsePlanFiles(files, options.year), options);
}

/** Imports files already parsed and checked (by parsePlanFiles, possibly on a worker thread). */
export async function importParsedFiles(
  ctx: Ctx,
  parsed: ParsedFile[],
  options: ImportFilesOptions = {},
): Promise<ImportFilesResult> {
  // Each write inside is checked again by its service; this refuses early, before any parsing result is used.
  await assertCan(ctx, 'import.run', { organisationId: options.organisationId ?? null });
  const reports = options.dryRun
    ? await preview(ctx, parsed, options)
    : await importAll(ctx, parsed, options);
  return {
    plans: parsed.flatMap((f) => f.json.plans),
    warnings: parsed.flatMap((f) =>
      f.json.warnings.map((w) => ({ ...w, planIndex: w.planIndex === null ? null : w.planIndex + f.offset })),
    ),
    report: {
      dryRun: Boolean(options.dryRun),
      ok: reports.every((r) => r.status !== 'failed'),
      files: parsed.map((f) => ({ name: f.name, planIndexes: f.plans.map((_, k) => f.offset + k) })),
      plans: reports,
    },
  };
}

type Step = (plan: ParsedPlan, planIndex: number, file: ParsedFile, k: number) => Promise<PlanImportReport>;

async function eachPlan(parsed: ParsedFile[], options: ImportFilesOptions, step: Step) {
  const total = parsed.reduce((n, f) => n + f.plans.length, 0);
  const reports: PlanImportReport[] = [];
  for (const file of parsed) {
    for (const [k, plan] of file.plans.entries()) {
      reports.push(await step(plan, file.offset + k, file, k));
      options.onProgress?.(reports.length, total, plan.front.unit ?? file.name);
    }
  }
  return reports;
}

function importAll(ctx: Ctx, parsed: ParsedFile[], options: ImportFilesOptions) {
  return eachPlan(parsed, options, (plan, planIndex, file, k) =>
    importOne(ctx, plan, planIndex, file, k, { ...options, dryRun: false }),
  );
}

/**
 * A dry run imports every plan inside one transaction that is rolled back at the end, each plan behind
 * a savepoint, so later plans link to what earlier ones would create — exactly as the real import.
 */
async function preview(ctx: Ctx, parsed: ParsedFile[], options: ImportFilesOptions) {
  if (ctx.db.isTransaction)
    throw new AppError('INVALID', 'En provimport kan inte köras inuti en annan transaktion.');
  const trx = await ctx.db.startTransaction().execute();
  try {
    return await eachPlan(parsed, options, async (plan, planIndex, file, k) => {
      const point = await trx.savepoint('plan').execute();
      const report = await importOne({ ...ctx, db: point }, plan, planIndex, file, k, {
        ...options,
        dryRun: false,
      });
      if (report.status === 'failed') await point.rollbackToSavepoint('plan').execute();
      else await point.releaseSavepoint('plan').execute();
      if (report.status === 'imported') report.status = 'preview';
      report.planId = null;
      return report;
    });
  } finally {
    await trx.rollback().execute();
  }
}

async function importOne(
  ctx: Ctx,
  plan: ParsedPlan,
  planIndex: number,
  parsedFile: ParsedFile,
  k: number,
  options: ImportFilesOptions,
): Promise<PlanImportReport> {
  const file = parsedFile.name;
  const parserWarnings = parsedFile.json.warnings.filter((w) => w.planIndex === k);
  try {
    return await importPlan(ctx, plan, {
      year: options.year,
      organisationId: options.organisationId,
      dryRun: options.dryRun,
      onCollision: options.onCollision,
      planIndex,
      file,
      parserWarnings,
    });
  } catch (error) {
    const report = newPlanReport(plan, planIndex, file);
    report.status = 'failed';
    report.error =
      error instanceof AppError
        ? error.message
        : `Planen kunde inte sparas (${(error as Error).message}). Inget av planen har skrivits; försök igen eller kontakta support.`;
    const collision = error instanceof AppError ? error.details?.collision : undefined;
    if (collision) report.collision = collision as PlanImportReport['collision'];
    report.warnings = parserWarnings.map((w) => ({ ...w, planIndex }));
    return report;
  }
}
