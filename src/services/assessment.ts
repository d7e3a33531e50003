// Goal assessments and activity statuses of a report: one row per report and goal (or activity),
// created on the first write and versioned after it, every change audited.
import type { ActivityStatusRow, GoalAssessmentRow, PlanRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import type { ActivityStatusInput, AssessmentInput } from '../shared/schemas/follow-up.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertReportOpen, getReport } from './follow-up-report.ts';
import { listAncestors } from './organisation-tree.ts';
import { findRecord, insertRecord, type RecordOf, updateRecord, type VersionedTable } from './record.ts';

/** Opens the report for a write: it exists, is a draft, and the caller may write its organisation's follow-up. */
export async function openReportForWrite(ctx: Ctx, reportId: string): Promise<PlanRow> {
  const report = await getReport(ctx, reportId);
  await assertCan(ctx, 'followup.write', { organisationId: report.organisationId });
  assertReportOpen(report);
  return report;
}

export async function writeAssessment(
  ctx: Ctx,
  reportId: string,
  input: AssessmentInput,
): Promise<GoalAssessmentRow> {
  return inTransaction(ctx, async (trx) => {
    const report = await openReportForWrite(trx, reportId);
    const goal = await findRecord(trx.db, 'goal', input.goalId);
    const chain = await listAncestors(trx, { organisationId: report.organisationId, year: report.year });
    if (!goal || goal.year !== report.year || !chain.some((o) => o.id === goal.organisationId)) {
      throw invalid(
        'goalId',
        'Målet hör inte till rapportens år och organisation (dess egna, nämndens eller kommunens mål). Ladda om sidan.',
      );
    }
    const existing = await trx.db
      .selectFrom('goalAssessment')
      .selectAll()
      .where('planId', '=', reportId)
      .where('goalId', '=', input.goalId)
      .executeTakeFirst();
    const values = { assessment: input.assessment, analysis: input.analysis };
    return upsert(trx, 'goalAssessment', existing, input.version, values, {
      planId: reportId,
      goalId: input.goalId,
    });
  });
}

export async function writeActivityStatus(
  ctx: Ctx,
  reportId: string,
  input: ActivityStatusInput,
): Promise<ActivityStatusRow> {
  return inTransaction(ctx, async (trx) => {
    const report = await openReportForWrite(trx, reportId);
    const activity = await findRecord(trx.db, 'activity', input.activityId);
    const assigned = activity
      ? await trx.db
          .selectFrom('activityAssignment')
          .select('organisationId')
          .where('activityId', '=', activity.id)
          .where('organisationId', '=', report.organisationId)
          .executeTakeFirst()
      : undefined;
    if (
      !activity ||
      activity.year !== report.year ||
      (activity.ownerOrganisationId !== report.organisationId && !assigned)
    ) {
      throw invalid(
        'activityId',
        'Aktiviteten hör inte till rapportens organisation och år (egen eller tilldelad). Ladda om sidan.',
      );
    }
    const existing = await trx.db
      .selectFrom('activityStatus')
      .selectAll()
      .where('planId', '=', reportId)
      .where('activityId', '=', input.activityId)
      .executeTakeFirst();
    const values = { status: input.status, comment: input.comment.trim() };
    return upsert(trx, 'activityStatus', existing, input.version, values, {
      planId: reportId,
      activityId: input.activityId,
    });
  });
}

/**
 * Creates the row on the first write; later writes must name the version they saw (optimistic
 * concurrency), so two people assessing the same goal cannot overwrite each other unnoticed.
 */
export async function upsert<T extends VersionedTable>(
  ctx: Ctx,
  table: T,
  existing: { id: string; version: number } | undefined,
  version: number | undefined,
  values: Record<string, unknown>,
  key: Record<string, unknown>,
): Promise<RecordOf<T>> {
  if (!existing) return insertRecord(ctx, table, { ...key, ...values });
  if (version === undefined) {
    throw new AppError('CONFLICT', 'Någon har redan sparat det här. Ladda om sidan, jämför och spara igen.', {
      current: existing,
    });
  }
  return updateRecord(ctx, table, existing.id, version, values);
}
