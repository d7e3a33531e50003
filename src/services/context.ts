import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Everything a use case needs, passed in as values so tests control time and identity. */
export interface Ctx {
  db: Kysely<Database>;
  actor: string;
  now: () => Date;
}

/** Runs fn in a transaction with a ctx whose db is the transaction (never use the outer db inside). */
export async function inTransaction<T>(ctx: Ctx, fn: (trx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
