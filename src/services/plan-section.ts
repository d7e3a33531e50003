import type { Reorder } from '../shared/schemas/common.ts';
import type { PlanSectionInput, PlanSectionPatch } from '../shared/schemas/plan.ts';
import { getReadablePlan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertPlanWritable, assertSectionWritable } from './plan-workflow.ts';
import { deleteRecord, getRecord, insertRecord, reorderRecords, updateRecord } from './record.ts';

export async function listPlanSections(ctx: Ctx, planId: string) {
  await getReadablePlan(ctx, planId);
  return ctx.db
    .selectFrom('planSection')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('part')
    .orderBy('sortOrder')
    .orderBy('createdAt')
    .execute();
}

export async function createPlanSection(ctx: Ctx, planId: string, input: PlanSectionInput) {
  return inTransaction(ctx, async (trx) => {
    await assertPlanWritable(trx, planId);
    // Without a given place it goes last in its part, counted inside the INSERT (a subquery); the importer
    // gives each section its place, and used to pay for the count anyway.
    const last = trx.db
      .selectFrom('planSection')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('planId', '=', planId)
      .where('part', '=', input.part);
    return insertRecord(trx, 'planSection', { ...input, planId, sortOrder: input.sortOrder ?? last });
  });
}

export async function updatePlanSection(ctx: Ctx, id: string, patch: PlanSectionPatch) {
  return inTransaction(ctx, async (trx) => {
    const stored = await assertSectionWritable(trx, id);
    const { version, ...values } = patch;
    return updateRecord(trx, 'planSection', id, version, values, { stored });
  });
}

export async function deletePlanSection(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertSectionWritable(trx, id);
    return deleteRecord(trx, 'planSection', id, version);
  });
}

/** Reorders the sections of one part (Inledning or Övrigt) of a plan. */
export async function reorderPlanSections(ctx: Ctx, planId: string, part: string, order: Reorder) {
  return inTransaction(ctx, async (trx) => {
    await assertPlanWritable(trx, planId);
    const sections = (await listPlanSections(trx, planId)).filter((s) => s.part === part);
    await reorderRecords(
      trx,
      'planSection',
      planId,
      order,
      sections.map((s) => s.id),
    );
  });
}

export async function getPlanSection(ctx: Ctx, id: string) {
  return getRecord(ctx.db, 'planSection', id);
}
