// A follow-up report is a plan row of kind t1/t2/annual for an organisation and year; its state is the
// plan's status and moves through the plan workflow. Writes to a report (or to outcomes and forecasts
// of the period it covers) are refused once it is submitted, approved or decided.
import type { PlanRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import { reportPeriodOf } from '../domain/follow-up-period.ts';
import { isWritable } from '../domain/plan-workflow.ts';
import {
  PLAN_KIND_LABEL,
  PLAN_STATUS_LABEL,
  REPORT_PERIOD_KIND,
  type ReportPeriod,
} from '../domain/vocabulary.ts';
import { assertCan, getReadablePlan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { getPeriod } from './follow-up-period.ts';
import { findPlan } from './plan.ts';
import { findRecord, insertRecord } from './record.ts';
import { ensureYear } from './year.ts';

const PERIOD_OF_KIND: Record<string, ReportPeriod> = { t1: 'T1', t2: 'T2', annual: 'VB' };

export function periodOfReport(report: Pick<PlanRow, 'kind'>): ReportPeriod {
  const period = PERIOD_OF_KIND[report.kind];
  if (!period) {
    throw new AppError(
      'INVALID',
      'Det här är en verksamhetsplan, inte en uppföljningsrapport (T1, T2 eller VB).',
    );
  }
  return period;
}

export async function findReport(ctx: Ctx, organisationId: string, year: number, period: ReportPeriod) {
  return findPlan(ctx, organisationId, year, REPORT_PERIOD_KIND[period]);
}

/** A follow-up report by id; INVALID for a plan that is no report, FORBIDDEN for a draft the person may not see. */
export async function getReport(ctx: Ctx, id: string): Promise<PlanRow & { period: ReportPeriod }> {
  const plan = await getReadablePlan(ctx, id);
  return { ...plan, period: periodOfReport(plan) };
}

/** The organisation's report for a year and period, created as a draft when it does not exist yet. */
export async function ensureReport(
  ctx: Ctx,
  input: { organisationId: string; year: number; period: ReportPeriod },
): Promise<PlanRow> {
  return inTransaction(ctx, async (trx) => {
    const org = await findRecord(trx.db, 'organisation', input.organisationId);
    if (!org) throw invalid('organisationId', `Organisationen ${input.organisationId} finns inte.`);
    const existing = await findReport(trx, input.organisationId, input.year, input.period);
    if (existing) return existing;
    await assertCan(trx, 'followup.write', { organisationId: input.organisationId });
    await ensureYear(trx, input.year);
    await getPeriod(trx, input.year, input.period);
    const kind = REPORT_PERIOD_KIND[input.period];
    return insertRecord(trx, 'plan', {
      organisationId: input.organisationId,
      year: input.year,
      kind,
      title: `${PLAN_KIND_LABEL[kind]} ${input.year}`,
    });
  });
}

/** Refuses writes to a report that is not a draft, naming the report and what to do. */
export function assertReportOpen(report: Pick<PlanRow, 'id' | 'kind' | 'status' | 'year'>): void {
  if (isWritable(report.status)) return;
  const label = PLAN_KIND_LABEL[report.kind];
  const status = PLAN_STATUS_LABEL[report.status].toLowerCase();
  const locked = report.status === 'decided' || report.status === 'published';
  const message = locked
    ? `${label} ${report.year} är ${status} och låst. Perioden måste öppnas på nytt (återöppna rapporten med en kommentar) innan något kan ändras.`
    : `${label} ${report.year} är ${status} och kan inte ändras just nu. Be nämnden att återlämna rapporten om något behöver rättas.`;
  throw new AppError('FORBIDDEN', message, {
    planId: report.id,
    planStatus: report.status,
    locked: true,
  });
}

/**
 * The report covering an organisation's period (a month belongs to the tertial it falls in) must be
 * open for outcomes and forecasts to change; without a report the period is open.
 */
export async function assertPeriodOpen(ctx: Ctx, organisationId: string, year: number, period: string) {
  const report = await findReport(ctx, organisationId, year, reportPeriodOf(period));
  if (report) assertReportOpen(report);
  return report;
}
