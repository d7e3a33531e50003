import type { PlanRow, PlanWorkflowEventRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import {
  availableActions,
  isWritable,
  nextStatus,
  type PlanAction,
  type PlanStatus,
} from '../domain/plan-workflow.ts';
import { PLAN_STATUS_LABEL as STATUS_LABEL } from '../domain/vocabulary.ts';
import type { DecideInput, WorkflowStep } from '../shared/schemas/plan.ts';
import { assertCan, canDo, getPlanForCheck, getReadablePlan, planActionFor } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertReportComplete } from './follow-up-tree.ts';
import { freezeDecidedPlan } from './plan-snapshot.ts';
import { getRecord, insertRecord, recordAudit, updateRecord } from './record.ts';

/**
 * Refuses a write to the content of a plan or report that is not a draft. Every service that writes plan
 * content (metadata, sections, budget, shown goals and indicators) calls this first, inside its transaction.
 */
export async function assertPlanWritable(ctx: Ctx, planId: string): Promise<PlanRow> {
  const plan = await getPlanForCheck(ctx, planId);
  await assertCan(ctx, planActionFor(plan.kind, 'write'), plan);
  if (!isWritable(plan.status)) throw lockedError(plan);
  return plan;
}

export function lockedError(plan: Pick<PlanRow, 'id' | 'status'>): AppError {
  const status = STATUS_LABEL[plan.status];
  const message =
    plan.status === 'decided' || plan.status === 'published'
      ? `Planen är ${status.toLowerCase()} och kan inte ändras. Öppna en ny version av planen om något behöver ändras; det beslutade dokumentet ligger kvar oförändrat.`
      : `Planen har status ${status} och är låst tills den återlämnas. Be nämndens godkännare att återlämna den med en kommentar om något behöver ändras.`;
  return new AppError('FORBIDDEN', message, { planId: plan.id, planStatus: plan.status, locked: true });
}

/** The section, once its plan is known to be writable by the person. */
export async function assertSectionWritable(ctx: Ctx, sectionId: string) {
  const section = await getRecord(ctx.db, 'planSection', sectionId);
  await assertPlanWritable(ctx, section.planId);
  return section;
}

export async function assertBudgetTableWritable(ctx: Ctx, tableId: string) {
  const table = await getRecord(ctx.db, 'budgetTable', tableId);
  return assertPlanWritable(ctx, table.planId);
}

export async function assertBudgetRowWritable(ctx: Ctx, rowId: string) {
  const row = await getRecord(ctx.db, 'budgetRow', rowId);
  return assertBudgetTableWritable(ctx, row.budgetTableId);
}

/** A follow-up report goes in only when nothing is missing (the report page lists what is). */
export const submitPlan = (ctx: Ctx, planId: string, step: WorkflowStep) =>
  transition(ctx, planId, 'submit', step, async (trx, plan) => {
    if (plan.kind !== 'plan') await assertReportComplete(trx, plan.id);
    return {};
  });
export const returnPlan = (ctx: Ctx, planId: string, step: WorkflowStep) =>
  transition(ctx, planId, 'return', step);
export const approvePlan = (ctx: Ctx, planId: string, step: WorkflowStep) =>
  transition(ctx, planId, 'approve', step);
export const publishPlan = (ctx: Ctx, planId: string, step: WorkflowStep) =>
  transition(ctx, planId, 'publish', step);
export const reopenPlan = (ctx: Ctx, planId: string, step: WorkflowStep) =>
  transition(ctx, planId, 'reopen', step);

/** Records the board's decision (date, body, §, dnr) and moves the plan to decided. */
export async function decidePlan(ctx: Ctx, planId: string, input: DecideInput) {
  return inTransaction(ctx, async (trx) => {
    const decided = await recordDecision(trx, planId, input);
    // Deciding freezes the documents in the same transaction: no decided plan without its frozen copy.
    await freezeDecidedPlan(trx, planId, decided.decisionId!);
    return decided;
  });
}

function recordDecision(ctx: Ctx, planId: string, input: DecideInput) {
  return transition(ctx, planId, 'decide', input, async (trx, plan) => {
    const org = await getRecord(trx.db, 'organisation', plan.organisationId);
    const decision = await insertRecord(trx, 'decision', {
      title: `${planTitle(plan)} ${plan.year}, ${org.name}`,
      body: input.body,
      decidedOn: input.decidedOn,
      dnr: input.dnr?.trim() || null,
      paragraph: input.paragraph?.trim() || null,
    });
    return { decisionId: decision.id };
  });
}

const KIND_TITLE: Record<PlanRow['kind'], string> = {
  plan: 'Verksamhetsplan',
  t1: 'Tertialrapport 1',
  t2: 'Tertialrapport 2',
  annual: 'Verksamhetsberättelse',
};

function planTitle(plan: PlanRow) {
  return plan.title.trim() || KIND_TITLE[plan.kind];
}

export type WorkflowEvent = PlanWorkflowEventRow;

/** The plan's workflow history, oldest first, with the comments of returns and reopens. */
export async function listPlanWorkflow(ctx: Ctx, planId: string) {
  const plan = await getReadablePlan(ctx, planId);
  const events = await ctx.db
    .selectFrom('planWorkflowEvent')
    .leftJoin('decision', 'decision.id', 'planWorkflowEvent.decisionId')
    .selectAll('planWorkflowEvent')
    .select([
      'decision.decidedOn',
      'decision.body as decisionBody',
      'decision.paragraph as decisionParagraph',
      'decision.dnr as decisionDnr',
    ])
    .where('planWorkflowEvent.planId', '=', planId)
    .orderBy('planWorkflowEvent.at')
    .orderBy('planWorkflowEvent.id')
    .execute();
  return {
    planId,
    status: plan.status,
    version: plan.version,
    // Only the steps the signed-in person may take: the UI shows no button that would answer 403.
    actions: await allowedActions(ctx, plan),
    events,
  };
}

async function allowedActions(ctx: Ctx, plan: PlanRow): Promise<PlanAction[]> {
  const open = availableActions(plan.status);
  const allowed = await Promise.all(open.map((a) => canDo(ctx, planActionFor(plan.kind, a), plan)));
  return open.filter((_, i) => allowed[i]);
}

async function transition(
  ctx: Ctx,
  planId: string,
  action: PlanAction,
  step: WorkflowStep,
  extra?: (trx: Ctx, plan: PlanRow) => Promise<{ decisionId?: string }>,
): Promise<PlanRow> {
  return inTransaction(ctx, async (trx) => {
    const plan: PlanRow = await getRecord(trx.db, 'plan', planId);
    await assertCan(trx, planActionFor(plan.kind, action), plan);
    const result = nextStatus(plan.status, action, step.comment);
    if (!result.ok) {
      if (result.reason === 'comment-required') {
        throw new AppError('INVALID', result.message, { fields: { comment: result.message } });
      }
      throw new AppError('CONFLICT', result.message, { current: plan });
    }
    const added = extra ? await extra(trx, plan) : {};
    const decisionId = action === 'reopen' ? null : (added.decisionId ?? plan.decisionId);
    const updated: PlanRow = await updateRecord(trx, 'plan', planId, step.version, {
      status: result.to,
      decisionId,
    });
    const event = await trx.db
      .insertInto('planWorkflowEvent')
      .values({
        planId,
        action,
        fromStatus: plan.status as PlanStatus,
        toStatus: result.to,
        comment: step.comment?.trim() ?? '',
        decisionId: added.decisionId ?? null,
        at: trx.now(),
        actor: trx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, 'planWorkflowEvent', event.id, 'create', null, event);
    return updated;
  });
}
