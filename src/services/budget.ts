import type { BudgetRowRow, BudgetTableRow } from '../db/schema.ts';
import { summariseBudget } from '../domain/budget.ts';
import type { Reorder } from '../shared/schemas/common.ts';
import type {
  BudgetRowInput,
  BudgetRowPatch,
  BudgetTableInput,
  BudgetTablePatch,
} from '../shared/schemas/plan.ts';
import { getReadablePlan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { assertBudgetRowWritable, assertBudgetTableWritable, assertPlanWritable } from './plan-workflow.ts';
import { deleteRecord, getRecord, insertRecord, reorderRecords, updateRecord } from './record.ts';

export type BudgetTableWithRows = BudgetTableRow & {
  rows: BudgetRowRow[];
  summary: ReturnType<typeof summariseBudget>;
};

export async function listBudgetTables(ctx: Ctx, planId: string): Promise<BudgetTableWithRows[]> {
  await getReadablePlan(ctx, planId);
  const tables = await ctx.db
    .selectFrom('budgetTable')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('sortOrder')
    .orderBy('createdAt')
    .execute();
  if (tables.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('budgetRow')
    .selectAll()
    .where(
      'budgetTableId',
      'in',
      tables.map((t) => t.id),
    )
    .orderBy('sortOrder')
    .orderBy('createdAt')
    .execute();
  return tables.map((table) => {
    const own = rows.filter((r) => r.budgetTableId === table.id);
    return { ...table, rows: own, summary: summariseBudget(own) };
  });
}

export async function getBudgetTable(ctx: Ctx, id: string): Promise<BudgetTableWithRows> {
  const table: BudgetTableRow = await getRecord(ctx.db, 'budgetTable', id);
  return (await listBudgetTables(ctx, table.planId)).find((t) => t.id === id)!;
}

export async function createBudgetTable(ctx: Ctx, planId: string, input: BudgetTableInput) {
  return inTransaction(ctx, async (trx) => {
    await assertPlanWritable(trx, planId);
    const count = await trx.db
      .selectFrom('budgetTable')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    const row = await insertRecord(trx, 'budgetTable', {
      ...input,
      planId,
      sortOrder: input.sortOrder ?? Number(count.n),
    });
    return getBudgetTable(trx, row.id);
  });
}

export async function updateBudgetTable(ctx: Ctx, id: string, patch: BudgetTablePatch) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetTableWritable(trx, id);
    const { version, ...values } = patch;
    await updateRecord(trx, 'budgetTable', id, version, values);
    return getBudgetTable(trx, id);
  });
}

export async function deleteBudgetTable(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetTableWritable(trx, id);
    return deleteRecord(trx, 'budgetTable', id, version);
  });
}

export async function createBudgetRow(ctx: Ctx, tableId: string, input: BudgetRowInput) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetTableWritable(trx, tableId);
    const table = await getBudgetTable(trx, tableId);
    return insertRecord(trx, 'budgetRow', {
      ...input,
      budgetTableId: tableId,
      sortOrder: input.sortOrder ?? table.rows.length,
    });
  });
}

export async function updateBudgetRow(ctx: Ctx, id: string, patch: BudgetRowPatch) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetRowWritable(trx, id);
    const { version, ...values } = patch;
    return updateRecord(trx, 'budgetRow', id, version, values);
  });
}

export async function deleteBudgetRow(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetRowWritable(trx, id);
    return deleteRecord(trx, 'budgetRow', id, version);
  });
}

export async function reorderBudgetRows(ctx: Ctx, tableId: string, order: Reorder) {
  return inTransaction(ctx, async (trx) => {
    await assertBudgetTableWritable(trx, tableId);
    const table = await getBudgetTable(trx, tableId);
    await reorderRecords(
      trx,
      'budgetRow',
      tableId,
      order,
      table.rows.map((r) => r.id),
    );
  });
}
