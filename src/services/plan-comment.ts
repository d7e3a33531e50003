import { AppError, invalid } from '../domain/errors.ts';
import type { PlanCommentInput } from '../shared/schemas/plan-comment.ts';
import { assertCan, getReadablePlan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { findRecord, recordAudit } from './record.ts';

/** Comments on a plan, oldest first: visible to whoever may see the plan. */
export async function listPlanComments(ctx: Ctx, planId: string) {
  await getReadablePlan(ctx, planId);
  return ctx.db
    .selectFrom('planComment')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** A comment on the plan or one of its goals, sections or indicators (any state: a decided plan can be discussed). */
export async function createPlanComment(ctx: Ctx, planId: string, input: PlanCommentInput) {
  return inTransaction(ctx, async (trx) => {
    const plan = await getReadablePlan(trx, planId);
    await assertCan(trx, 'comment.write', plan);
    const targetId = input.targetKind === 'plan' ? null : (input.targetId ?? null);
    if (input.targetKind !== 'plan') await checkTarget(trx, plan, input.targetKind, targetId);
    const row = await trx.db
      .insertInto('planComment')
      .values({
        planId,
        targetKind: input.targetKind,
        targetId,
        body: input.body,
        author: trx.actor,
        createdAt: trx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, 'planComment', row.id, 'create', null, row);
    return row;
  });
}

async function checkTarget(
  ctx: Ctx,
  plan: { id: string; year: number },
  kind: 'goal' | 'section' | 'indicator',
  targetId: string | null,
) {
  if (!targetId)
    throw invalid('targetId', 'Ange vilket mål, avsnitt eller vilken indikator kommentaren gäller.');
  const belongs =
    kind === 'goal'
      ? (await findRecord(ctx.db, 'goal', targetId))?.year === plan.year
      : kind === 'section'
        ? (await findRecord(ctx.db, 'planSection', targetId))?.planId === plan.id
        : Boolean(await findRecord(ctx.db, 'indicator', targetId));
  if (!belongs)
    throw new AppError(
      'INVALID',
      'Det kommenterade målet, avsnittet eller indikatorn hör inte till planen.',
      {
        fields: { targetId: 'Välj något i den här planen.' },
      },
    );
}
