import {
  findLatestOutcome,
  listOutcomeHistory as listHistory,
  supersedeOutcomes,
} from '../db/repos/outcome.ts';
import type { IndicatorRow, OutcomeRow } from '../db/schema.ts';
import { invalid } from '../domain/errors.ts';
import { checkOutcomeFits } from '../domain/outcome-rules.ts';
import type { OutcomeHistoryQuery, OutcomeInput } from '../shared/schemas/follow-up.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertPeriodOpen } from './follow-up-report.ts';
import { findRecord, getRecord, recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

/**
 * Saves an outcome as a new revision: earlier values stay as history. Writing the same value, status
 * and comment again adds nothing (an autosave repeating itself is not a correction).
 */
export async function writeOutcome(ctx: Ctx, input: OutcomeInput): Promise<OutcomeRow> {
  return inTransaction(ctx, async (trx) => {
    const indicator: IndicatorRow = await getRecord(trx.db, 'indicator', input.indicatorId);
    const org = await findRecord(trx.db, 'organisation', input.organisationId);
    if (!org) throw invalid('organisationId', `Organisationen ${input.organisationId} finns inte.`);
    await assertCan(trx, 'followup.write', { organisationId: input.organisationId });
    checkOutcomeFits(input, indicator);
    await assertPeriodOpen(trx, input.organisationId, input.year, input.period);
    await ensureYear(trx, input.year);
    const latest = await findLatestOutcome(trx.db, input);
    const comment = input.comment.trim();
    if (
      latest &&
      latest.value === input.value &&
      latest.status === input.status &&
      latest.comment === comment
    ) {
      return latest;
    }
    if (latest) await supersedeOutcomes(trx.db, [latest.id]);
    const row = await trx.db
      .insertInto('outcome')
      .values({
        indicatorId: input.indicatorId,
        organisationId: input.organisationId,
        year: input.year,
        period: input.period,
        gender: input.gender,
        value: input.value,
        status: input.status,
        comment,
        revision: (latest?.revision ?? 0) + 1,
        createdAt: trx.now(),
        createdBy: trx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, 'outcome', row.id, 'create', latest ?? null, row);
    return row;
  });
}

export async function listOutcomeHistory(ctx: Ctx, query: OutcomeHistoryQuery): Promise<OutcomeRow[]> {
  await getRecord(ctx.db, 'indicator', query.indicatorId);
  return listHistory(ctx.db, query);
}
