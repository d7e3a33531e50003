import type { IndicatorRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { IndicatorInput, IndicatorPatch } from '../shared/schemas/indicator.ts';
import { assertCanWrite } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { deleteRecord, getRecord, insertRecord, updateRecord } from './record.ts';

export async function listIndicators(ctx: Ctx, filter: { search?: string } = {}): Promise<IndicatorRow[]> {
  let query = ctx.db.selectFrom('indicator').selectAll().orderBy('name');
  if (filter.search) query = query.where('name', 'ilike', `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`);
  return query.execute();
}

export async function getIndicator(ctx: Ctx, id: string): Promise<IndicatorRow> {
  return getRecord(ctx.db, 'indicator', id);
}

export async function createIndicator(ctx: Ctx, input: IndicatorInput): Promise<IndicatorRow> {
  return inTransaction(ctx, async (trx) => {
    await assertCanWrite(trx, input.ownerOrganisationId ?? null);
    await checkExternalIdFree(trx, input.externalId ?? null, null);
    await checkWeight(trx, input.weightIndicatorId ?? null, null);
    return insertRecord(trx, 'indicator', input);
  });
}

/**
 * Changing periodicity or consolidation only changes how values are read and rolled up;
 * stored targets (and later outcomes) are never touched, unlike the incumbent.
 */
export async function updateIndicator(ctx: Ctx, id: string, patch: IndicatorPatch): Promise<IndicatorRow> {
  return inTransaction(ctx, async (trx) => {
    const current = await getIndicator(trx, id);
    await assertCanWrite(trx, current.ownerOrganisationId);
    if (patch.ownerOrganisationId !== undefined) await assertCanWrite(trx, patch.ownerOrganisationId);
    const { version, ...values } = patch;
    if (values.externalId) await checkExternalIdFree(trx, values.externalId, id);
    if (values.weightIndicatorId) await checkWeight(trx, values.weightIndicatorId, id);
    return updateRecord(trx, 'indicator', id, version, values);
  });
}

export async function deleteIndicator(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertCanWrite(trx, (await getIndicator(trx, id)).ownerOrganisationId);
    const target = await trx.db
      .selectFrom('target')
      .select('id')
      .where('indicatorId', '=', id)
      .executeTakeFirst();
    if (target) {
      throw new AppError(
        'CONFLICT',
        'Indikatorn har målvärden med historik och kan inte tas bort. Ta bort dess placeringar i stället.',
      );
    }
    const outcome = await trx.db
      .selectFrom('outcome')
      .select('id')
      .where('indicatorId', '=', id)
      .executeTakeFirst();
    if (outcome) {
      throw new AppError(
        'CONFLICT',
        'Indikatorn har rapporterade utfall med historik och kan inte tas bort. Ta bort dess placeringar i stället.',
      );
    }
    return deleteRecord(trx, 'indicator', id, version);
  });
}

async function checkExternalIdFree(ctx: Ctx, externalId: string | null, exceptId: string | null) {
  if (!externalId) return;
  let query = ctx.db.selectFrom('indicator').select(['id', 'name']).where('externalId', '=', externalId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const taken = await query.executeTakeFirst();
  if (taken) {
    const message = `Externt id ${externalId} används redan av indikatorn "${taken.name}".`;
    throw new AppError('INVALID', message, { fields: { externalId: message } });
  }
}

/** A weight is another existing indicator (a value weighted by itself is just a mean of squares). */
async function checkWeight(ctx: Ctx, weightId: string | null, selfId: string | null) {
  if (!weightId) return;
  const fail = (message: string) =>
    new AppError('INVALID', message, { fields: { weightIndicatorId: message } });
  if (weightId === selfId) throw fail('En indikator kan inte vikta sig själv. Välj en annan viktindikator.');
  const weight = await ctx.db
    .selectFrom('indicator')
    .select('id')
    .where('id', '=', weightId)
    .executeTakeFirst();
  if (!weight) throw fail('Viktindikatorn finns inte. Välj en befintlig indikator.');
}
