import { assertCan } from './authz.ts';
import type { Ctx } from './context.ts';
import { recordAudit } from './record.ts';
import { memoOf } from './transaction-memo.ts';

export async function listYears(ctx: Ctx) {
  return ctx.db.selectFrom('planningYear').selectAll().orderBy('year').execute();
}

/** POST /years: adding a planning year is municipality-wide. */
export async function addYear(ctx: Ctx, year: number, label?: string | null) {
  await assertCan(ctx, 'year.manage', { organisationId: null });
  return ensureYear(ctx, year, label);
}

/** Creates the year if missing; years are referenced by goals, targets, activities and plans. */
export async function ensureYear(ctx: Ctx, year: number, label?: string | null) {
  const memo = memoOf(ctx.db);
  const kept = memo?.years.get(year);
  if (kept) return kept;
  const existing = await ctx.db
    .selectFrom('planningYear')
    .selectAll()
    .where('year', '=', year)
    .executeTakeFirst();
  if (existing) {
    memo?.years.set(year, existing);
    return existing;
  }
  const now = ctx.now();
  const row = await ctx.db
    .insertInto('planningYear')
    .values({
      year,
      label: label ?? null,
      createdAt: now,
      createdBy: ctx.actor,
      updatedAt: now,
      updatedBy: ctx.actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, 'planningYear', String(year), 'create', null, row);
  memo?.years.set(year, row);
  return row;
}
