import { createHash } from 'node:crypto';
import { buildPlanReport } from '../documents/build-plan-report.ts';
import type { PlanReport } from '../documents/plan-report.ts';
import { renderDocxAsync, renderPdfAsync } from '../documents/render-async.ts';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from './context.ts';
import { getRecord, recordAudit } from './record.ts';

const INFO_COLUMNS = [
  'planSnapshot.id',
  'planSnapshot.planId',
  'planSnapshot.decisionId',
  'planSnapshot.planVersion',
  'planSnapshot.takenAt',
  'planSnapshot.takenBy',
  'planSnapshot.archiveSha256',
  'decision.decidedOn',
  'decision.body as decisionBody',
  'decision.paragraph as decisionParagraph',
  'decision.dnr as decisionDnr',
] as const;

/**
 * Freezes what the board decided, inside the deciding transaction: the document model, the PDF/UA-1, the DOCX and
 * the PDF/A-2a archive copy, all from one report. If rendering fails the decision is not recorded either.
 */
export async function freezeDecidedPlan(trx: Ctx, planId: string, decisionId: string) {
  const plan = await getRecord(trx.db, 'plan', planId);
  const decision = await getRecord(trx.db, 'decision', decisionId);
  const report = stampDecision(await buildPlanReport(trx.db, planId), decision);
  const pdf = await renderPdfAsync(report);
  const docx = await renderDocxAsync(report);
  const archivePdf = await renderPdfAsync(report, { standard: 'a-2a' });
  const row = await trx.db
    .insertInto('planSnapshot')
    .values({
      planId,
      decisionId,
      planVersion: plan.version,
      takenAt: trx.now(),
      takenBy: trx.actor,
      report: JSON.stringify(report),
      pdf,
      docx,
      archivePdf,
      archiveSha256: createHash('sha256').update(archivePdf).digest('hex'),
    })
    .returning(['id', 'archiveSha256'])
    .executeTakeFirstOrThrow();
  await recordAudit(trx, 'planSnapshot', row.id, 'create', null, {
    planId,
    decisionId,
    planVersion: plan.version,
    archiveSha256: row.archiveSha256,
  });
  return row;
}

/** The decision (date, body, §, dnr) printed in the letterhead of every copy of the decided document. */
function stampDecision(
  report: PlanReport,
  decision: { decidedOn: string; body: string; paragraph: string | null; dnr: string | null },
): PlanReport {
  const said = [decision.body, decision.paragraph ? `§ ${decision.paragraph}` : ''].filter(Boolean).join(' ');
  const lines = [
    { label: null, value: 'Beslutad' },
    { label: null, value: `${decision.decidedOn}, ${said}` },
    ...(decision.dnr ? [{ label: 'Dnr', value: decision.dnr }] : []),
  ];
  return {
    ...report,
    meta: { ...report.meta, dnr: decision.dnr || report.meta.dnr },
    front: { ...report.front, letterhead: [...report.front.letterhead, lines] },
  };
}

/** The decided versions of a plan, newest first (decided documents are public to every signed-in reader). */
export async function listPlanSnapshots(ctx: Ctx, planId: string) {
  await getRecord(ctx.db, 'plan', planId);
  const rows = await ctx.db
    .selectFrom('planSnapshot')
    .innerJoin('decision', 'decision.id', 'planSnapshot.decisionId')
    .select(INFO_COLUMNS)
    .where('planSnapshot.planId', '=', planId)
    .orderBy('planSnapshot.takenAt', 'desc')
    .execute();
  return rows;
}

export type SnapshotFile = 'pdf' | 'docx' | 'archivePdf' | 'report';

/** One stored file of a decided version, exactly as frozen. */
export async function getSnapshotFile(ctx: Ctx, snapshotId: string, file: SnapshotFile) {
  const row = await ctx.db
    .selectFrom('planSnapshot')
    .select(['id', 'planId', 'takenAt', file])
    .where('id', '=', snapshotId)
    .executeTakeFirst();
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      `Det beslutade dokumentet ${snapshotId} finns inte. Ladda om planens sida.`,
    );
  const plan = await getRecord(ctx.db, 'plan', row.planId);
  const bytes =
    file === 'report' ? new TextEncoder().encode(row.report as string) : (row[file] as Uint8Array);
  return { bytes: new Uint8Array(bytes), plan, takenAt: row.takenAt };
}
