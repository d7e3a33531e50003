import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Principal } from '../domain/authz.ts';

export type { Principal, RoleGrant } from '../domain/authz.ts';
export type { Role } from '../domain/vocabulary.ts';

/** Who acts on the open paths (sign-in, public pages) over HTTP: nobody, with no roles at all. */
export const ANONYMOUS: Principal = Object.freeze({ userId: '', name: 'Anonym', email: '', grants: [] });

export function isSignedIn(principal: Principal | undefined): principal is Principal {
  return principal !== undefined && principal.userId !== '';
}

/** Everything a use case needs, passed in as values so tests control time and identity. */
export interface Ctx {
  db: Kysely<Database>;
  /** The name written to audit rows. */
  actor: string;
  now: () => Date;
  /** The signed-in person; absent = the process itself (CLI, seeding, migrations), which is trusted. */
  principal?: Principal;
}

/** Runs fn in a transaction with a ctx whose db is the transaction (never use the outer db inside). */
export async function inTransaction<T>(ctx: Ctx, fn: (trx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
