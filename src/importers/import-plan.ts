// importPlan(ctx, parsed): writes one parsed plan into the goal chain, linking to what is stored.
// One transaction per plan, so a failure writes nothing of it; a dry run does the same work and rolls
// back, so its report is exactly what an import would do. Importing the same document twice changes
// nothing: the second report shows every item as linked.
import { lockImports } from '../db/repos/import-lock.ts';
import { AppError } from '../domain/errors.ts';
import { type Ctx, inTransaction } from '../services/context.ts';
import { withMemo } from '../services/transaction-memo.ts';
import { ensureYear } from '../services/year.ts';
import { checkImportable } from './check-importable.ts';
import { newPlanReport, type PlanImportReport } from './import-report.ts';
import { type CollisionChoice, type ImportState, warn } from './import-state.ts';
import { linkBudget } from './link-budget.ts';
import { linkGoals } from './link-goals.ts';
import { resolveOrganisations } from './link-organisations.ts';
import { linkPlanRecord, linkVisibility } from './link-plan.ts';
import { linkSections } from './link-sections.ts';
import type { ImportWarning, ParsedPlan } from './parsed-plan.ts';

export interface ImportPlanOptions {
  /** Overrides the year printed in the plan. */
  year?: number;
  /** The unit the plan belongs to; otherwise found or created from the document. */
  organisationId?: string;
  dryRun?: boolean;
  /** When a printed goal's number belongs to a different stored goal; unset refuses with the choices. */
  onCollision?: CollisionChoice;
  /** Index of the plan in the import, used in the report and its warnings. */
  planIndex?: number;
  file?: string | null;
  /** The parser's warnings for this plan, carried into the report. */
  parserWarnings?: ImportWarning[];
}

class DryRunRollback extends Error {}

export async function importPlan(
  ctx: Ctx,
  parsed: ParsedPlan,
  options: ImportPlanOptions = {},
): Promise<PlanImportReport> {
  const report = newPlanReport(parsed, options.planIndex ?? 0, options.file ?? null);
  report.warnings.push(...(options.parserWarnings ?? []).map((w) => ({ ...w, planIndex: report.planIndex })));
  checkImportable(parsed, options.year);
  const year = options.year ?? parsed.front.year!;
  report.year = year;
  if (options.dryRun && ctx.db.isTransaction) {
    throw new AppError('INVALID', 'En provimport kan inte köras inuti en annan transaktion.');
  }
  const run = async (trx: Ctx) => {
    await lockImports(trx.db);
    // Only this transaction changes what the import looks up while it holds the lock (transaction-memo.ts).
    await withMemo(trx.db, async () => {
      const state = await prepare(trx, parsed, year, report, options.organisationId);
      state.onCollision = options.onCollision;
      await write(state);
    });
    if (options.dryRun) throw new DryRunRollback();
  };
  try {
    await inTransaction(ctx, run);
    report.status = 'imported';
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    report.status = 'preview';
    report.planId = null;
  }
  report.warnings.sort((a, b) => a.line - b.line);
  return report;
}

async function prepare(
  trx: Ctx,
  parsed: ParsedPlan,
  year: number,
  report: PlanImportReport,
  organisationId: string | undefined,
): Promise<ImportState> {
  await ensureYear(trx, year);
  if (parsed.front.year !== null && parsed.front.year !== year) {
    warn(
      { report },
      parsed.startLine,
      'year_overridden',
      `Planen gäller år ${parsed.front.year} men har importerats som år ${year}.`,
    );
  }
  const orgs = await resolveOrganisations(trx, parsed, year, report, organisationId);
  report.unit = orgs.unit.name;
  report.board = orgs.board.name;
  return {
    trx,
    parsed,
    year,
    report,
    ...orgs,
    unnumbered: new Set(),
    claimed: new Set(),
    shownGoalIds: new Set(),
    shownPlacementIds: new Set(),
    targetsSet: new Map(),
    placements: new Map(),
    activitiesByOwner: new Map(),
    unplaced: [],
  };
}

async function write(state: ImportState): Promise<void> {
  const plan = await linkPlanRecord(state);
  state.report.planId = plan.id;
  await linkGoals(state);
  await linkBudget(state, plan.id);
  await linkSections(state, plan.id);
  await linkVisibility(state, plan.id);
  if (state.parsed.front.tableOfContents.length > 0) {
    state.report.notes.push(
      `Innehållsförteckningen (${state.parsed.front.tableOfContents.length} rader) sparas inte; den skapas på nytt när planen skrivs ut.`,
    );
  }
  if (state.parsed.front.pageHeader) {
    state.report.notes.push(
      `Sidhuvudet "${state.parsed.front.pageHeader}" sparas inte; sidnumrering skapas när planen skrivs ut.`,
    );
  }
}
