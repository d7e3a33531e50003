// Forecasts per budget row and period, the outcome at VB, and each board's deviation threshold.
import type { BudgetForecastRow, BudgetRowRow, DeviationThresholdRow, PlanRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import { monthOf, reportPeriodOf } from '../domain/follow-up-period.ts';
import { checkDeviationComment, deviationOf, isOverThreshold } from '../domain/forecast.ts';
import type { ForecastInput, ThresholdInput } from '../shared/schemas/follow-up.ts';
import { openReportForWrite, upsert } from './assessment.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { periodOfReport } from './follow-up-report.ts';
import { listAncestors } from './organisation-tree.ts';
import { getRecord } from './record.ts';

export type ForecastWithDeviation = BudgetForecastRow & { deviation: number | null; overThreshold: boolean };

export function presentForecast(
  forecast: BudgetForecastRow,
  row: Pick<BudgetRowRow, 'groupKind' | 'budget'>,
  threshold: number | null,
): ForecastWithDeviation {
  const deviation = deviationOf({ ...row, forecast: forecast.forecast, outcome: forecast.outcome });
  return { ...forecast, deviation, overThreshold: isOverThreshold(deviation, threshold) };
}

export async function writeForecast(
  ctx: Ctx,
  reportId: string,
  input: ForecastInput,
): Promise<ForecastWithDeviation> {
  return inTransaction(ctx, async (trx) => {
    const report = await openReportForWrite(trx, reportId);
    const reportPeriod = periodOfReport(report);
    const row: BudgetRowRow = await getRecord(trx.db, 'budgetRow', input.budgetRowId);
    const table = await getRecord(trx.db, 'budgetTable', row.budgetTableId);
    const plan: PlanRow = await getRecord(trx.db, 'plan', table.planId);
    if (plan.organisationId !== report.organisationId || plan.year !== report.year) {
      throw invalid(
        'budgetRowId',
        'Budgetraden hör inte till rapportens organisation och år. Ladda om sidan.',
      );
    }
    const period = input.period ?? reportPeriod;
    const month = monthOf(period);
    if (
      month ? month.year !== report.year || reportPeriodOf(period) !== reportPeriod : period !== reportPeriod
    ) {
      throw invalid(
        'period',
        `Rapporten gäller ${reportPeriod} ${report.year}; ange perioden ${reportPeriod} eller en månad inom den.`,
      );
    }
    if (input.outcome !== null && period !== 'VB') {
      throw invalid(
        'outcome',
        'Årets utfall anges i verksamhetsberättelsen (VB); i T1 och T2 anges prognos.',
      );
    }
    const threshold = await findThresholdAmount(trx, report.organisationId);
    const comment = input.comment.trim();
    checkDeviationComment({ ...row, forecast: input.forecast, outcome: input.outcome, comment }, threshold);
    const existing = await trx.db
      .selectFrom('budgetForecast')
      .selectAll()
      .where('budgetRowId', '=', row.id)
      .where('period', '=', period)
      .executeTakeFirst();
    const values = { forecast: input.forecast, outcome: input.outcome, comment };
    const saved = await upsert(trx, 'budgetForecast', existing, input.version, values, {
      budgetRowId: row.id,
      period,
    });
    return presentForecast(saved, row, threshold);
  });
}

/** The board (or city) whose threshold applies to an organisation: the nearest above it, itself included. */
async function thresholdOwner(ctx: Ctx, organisationId: string) {
  const chain = await listAncestors(ctx, { organisationId });
  if (chain.length === 0) throw invalid('organisationId', `Organisationen ${organisationId} finns inte.`);
  return chain.find((o) => o.kind === 'board') ?? chain.find((o) => o.kind === 'city') ?? null;
}

export async function findThresholdAmount(ctx: Ctx, organisationId: string): Promise<number | null> {
  return (await getThreshold(ctx, organisationId)).amount;
}

export async function getThreshold(ctx: Ctx, organisationId: string) {
  const owner = await thresholdOwner(ctx, organisationId);
  const row = owner
    ? await ctx.db
        .selectFrom('deviationThreshold')
        .selectAll()
        .where('organisationId', '=', owner.id)
        .executeTakeFirst()
    : undefined;
  return {
    organisationId,
    boardId: owner?.id ?? null,
    amount: row?.amount ?? null,
    version: row?.version ?? null,
  };
}

/** Sets a board's (or the city's) threshold in tkr; units follow their board's. */
export async function setThreshold(ctx: Ctx, organisationId: string, input: ThresholdInput) {
  return inTransaction(ctx, async (trx) => {
    const org = await getRecord(trx.db, 'organisation', organisationId);
    if (org.kind !== 'board' && org.kind !== 'city') {
      throw new AppError(
        'INVALID',
        `Avvikelsegränsen sätts per nämnd. ${org.name} följer sin nämnds gräns; ändra den på nämnden.`,
      );
    }
    await assertCan(trx, 'followup.write', { organisationId });
    const existing: DeviationThresholdRow | undefined = await trx.db
      .selectFrom('deviationThreshold')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .executeTakeFirst();
    await upsert(
      trx,
      'deviationThreshold',
      existing,
      input.version,
      { amount: input.amount },
      { organisationId },
    );
    return getThreshold(trx, organisationId);
  });
}
