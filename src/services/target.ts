import type { TargetRow } from '../db/schema.ts';
import { AppError, invalid } from '../domain/errors.ts';
import { checkTargetFits } from '../domain/target-rules.ts';
import type { TargetInput } from '../shared/schemas/indicator.ts';
import { assertCanWrite } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { findRecord, recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

export interface TargetFilter {
  year?: number;
  indicatorId?: string;
  organisationId?: string;
  organisationIds?: string[];
  indicatorIds?: string[];
}

/** The current target revisions (removed ones excluded). */
export async function listTargets(ctx: Ctx, filter: TargetFilter): Promise<TargetRow[]> {
  let query = ctx.db
    .selectFrom('target')
    .selectAll()
    .where('supersededAt', 'is', null)
    .where('removed', '=', false)
    .orderBy('gender');
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.indicatorId) query = query.where('indicatorId', '=', filter.indicatorId);
  if (filter.organisationId) query = query.where('organisationId', '=', filter.organisationId);
  if (filter.organisationIds) {
    if (filter.organisationIds.length === 0) return [];
    query = query.where('organisationId', 'in', filter.organisationIds);
  }
  if (filter.indicatorIds) {
    if (filter.indicatorIds.length === 0) return [];
    query = query.where('indicatorId', 'in', filter.indicatorIds);
  }
  return query.execute();
}

/** Every revision of one target, newest first, with the decision that set it. */
export async function listTargetHistory(
  ctx: Ctx,
  key: { indicatorId: string; organisationId: string; year: number; gender: 'T' | 'K' | 'M' },
) {
  return ctx.db
    .selectFrom('target')
    .leftJoin('decision', 'decision.id', 'target.decisionId')
    .selectAll('target')
    .select([
      'decision.body as decisionBody',
      'decision.dnr as decisionDnr',
      'decision.decidedOn as decisionDate',
    ])
    .where('target.indicatorId', '=', key.indicatorId)
    .where('target.organisationId', '=', key.organisationId)
    .where('target.year', '=', key.year)
    .where('target.gender', '=', key.gender)
    .orderBy('target.revision', 'desc')
    .execute();
}

/**
 * Sets a target by adding a revision; the previous one is kept as history.
 * expectedRevision guards against overwriting a change the caller has not seen.
 */
export async function setTarget(ctx: Ctx, input: TargetInput): Promise<TargetRow> {
  return inTransaction(ctx, async (trx) => {
    const indicator = await findRecord(trx.db, 'indicator', input.indicatorId);
    if (!indicator) throw invalid('indicatorId', `Indikatorn ${input.indicatorId} finns inte.`);
    if (!(await findRecord(trx.db, 'organisation', input.organisationId))) {
      throw invalid('organisationId', `Organisationen ${input.organisationId} finns inte.`);
    }
    await assertCanWrite(trx, input.organisationId);
    if (input.decisionId && !(await findRecord(trx.db, 'decision', input.decisionId))) {
      throw invalid('decisionId', `Beslutet ${input.decisionId} finns inte.`);
    }
    if (input.gender !== 'T' && !indicator.genderSplit) {
      throw invalid(
        'gender',
        'Indikatorn är inte könsuppdelad; sätt målet för totalen (T) eller gör indikatorn könsuppdelad.',
      );
    }
    checkTargetFits({ kind: input.kind, value: input.value ?? null, text: input.text }, indicator.valueKind);
    await ensureYear(trx, input.year);
    const { current, latest } = await findCurrentAndLatest(trx, input);
    if (input.expectedRevision !== undefined && input.expectedRevision !== (current?.revision ?? null)) {
      throw new AppError(
        'CONFLICT',
        'Målvärdet har ändrats av någon annan. Jämför och välj vilket som ska gälla.',
        { current },
      );
    }
    const now = trx.now();
    if (current) {
      const ended = await trx.db
        .updateTable('target')
        .set({ supersededAt: now })
        .where('id', '=', current.id)
        .where('supersededAt', 'is', null)
        .executeTakeFirst();
      if (Number(ended.numUpdatedRows) !== 1) {
        throw new AppError(
          'CONFLICT',
          'Målvärdet har ändrats av någon annan. Jämför och välj vilket som ska gälla.',
          {
            current: await findCurrent(trx, input),
          },
        );
      }
    }
    const row = await trx.db
      .insertInto('target')
      .values({
        indicatorId: input.indicatorId,
        organisationId: input.organisationId,
        year: input.year,
        gender: input.gender,
        kind: input.kind,
        value: input.kind === 'number' ? (input.value ?? null) : null,
        text: input.text ?? '',
        printed: input.printed ?? null,
        decisionId: input.decisionId ?? null,
        revision: latest + 1,
        createdAt: now,
        createdBy: trx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, 'target', row.id, current ? 'update' : 'create', current ?? null, row);
    return row;
  });
}

/** Removes the current target; the history stays (a 'removed' revision marks the end). */
export async function removeTarget(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (trx) => {
    const current = await trx.db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current || current.supersededAt || current.removed) {
      throw new AppError('NOT_FOUND', `Målvärdet ${id} finns inte (eller är redan ersatt). Ladda om sidan.`);
    }
    await assertCanWrite(trx, current.organisationId);
    const now = trx.now();
    // Only the revision that is still current is ended, so two removals (or a removal and a new value) racing
    // on PostgreSQL cannot both succeed.
    const ended = await trx.db
      .updateTable('target')
      .set({ supersededAt: now })
      .where('id', '=', id)
      .where('supersededAt', 'is', null)
      .executeTakeFirst();
    if (Number(ended.numUpdatedRows) !== 1) {
      throw new AppError('CONFLICT', 'Målvärdet har ändrats av någon annan under tiden. Ladda om sidan.');
    }
    await trx.db
      .insertInto('target')
      .values({
        ...withoutId(current),
        revision: current.revision + 1,
        supersededAt: now,
        removed: true,
        createdAt: now,
        createdBy: trx.actor,
      })
      .execute();
    await recordAudit(trx, 'target', id, 'delete', current, null);
  });
}

/**
 * Confirms a target the rollover proposed: a new revision with the same value, no longer a proposal,
 * so the history shows who accepted last year's target for this year.
 */
export async function confirmTarget(ctx: Ctx, id: string): Promise<TargetRow> {
  return inTransaction(ctx, async (trx) => {
    const current = await trx.db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current || current.supersededAt || current.removed) {
      throw new AppError('NOT_FOUND', `Målvärdet ${id} finns inte (eller är redan ersatt). Ladda om sidan.`);
    }
    await assertCanWrite(trx, current.organisationId);
    if (!current.proposed) return current;
    const now = trx.now();
    await trx.db.updateTable('target').set({ supersededAt: now }).where('id', '=', id).execute();
    const row = await trx.db
      .insertInto('target')
      .values({
        ...withoutId(current),
        revision: current.revision + 1,
        proposed: false,
        createdAt: now,
        createdBy: trx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, 'target', row.id, 'update', current, row);
    return row;
  });
}

function withoutId(row: TargetRow) {
  const { id: _id, ...rest } = row;
  return rest;
}

async function findCurrent(ctx: Ctx, key: TargetInput) {
  return ctx.db
    .selectFrom('target')
    .selectAll()
    .where('indicatorId', '=', key.indicatorId)
    .where('organisationId', '=', key.organisationId)
    .where('year', '=', key.year)
    .where('gender', '=', key.gender)
    .where('supersededAt', 'is', null)
    .executeTakeFirst();
}

/** The current revision and the highest revision number (0 when none), from one read of the target's history. */
async function findCurrentAndLatest(ctx: Ctx, key: TargetInput) {
  const revisions = await ctx.db
    .selectFrom('target')
    .selectAll()
    .where('indicatorId', '=', key.indicatorId)
    .where('organisationId', '=', key.organisationId)
    .where('year', '=', key.year)
    .where('gender', '=', key.gender)
    .orderBy('revision', 'desc')
    .execute();
  return {
    current: revisions.find((r) => r.supersededAt === null),
    latest: revisions[0] ? Number(revisions[0].revision) : 0,
  };
}
