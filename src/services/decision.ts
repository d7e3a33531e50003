import type { DecisionInput } from '../shared/schemas/indicator.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { getRecord, insertRecord } from './record.ts';

export async function listDecisions(ctx: Ctx) {
  return ctx.db.selectFrom('decision').selectAll().orderBy('decidedOn', 'desc').execute();
}

export async function getDecision(ctx: Ctx, id: string) {
  return getRecord(ctx.db, 'decision', id);
}

export async function createDecision(ctx: Ctx, input: DecisionInput) {
  // Decisions recorded on their own are the council's (target decisions); boards decide through the plan workflow.
  await assertCan(ctx, 'framework.write', { organisationId: null });
  return inTransaction(ctx, (trx) => insertRecord(trx, 'decision', input));
}
