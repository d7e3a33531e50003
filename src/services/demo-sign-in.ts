import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { DemoAccount } from '../shared/schemas/user.ts';
import { type SignedIn, startSession } from './session.ts';
import { findPrincipal } from './user.ts';

/** The demo accounts offered for one-click sign-in; none once the demo municipality is removed. */
export async function listDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const demo = await db
    .selectFrom('organisation')
    .select('id')
    .where('origin', '=', 'demo')
    .limit(1)
    .executeTakeFirst();
  if (!demo) return [];
  const rows = await db
    .selectFrom('userAccount')
    .innerJoin('userRole', 'userRole.userId', 'userAccount.id')
    .leftJoin('organisation', 'organisation.id', 'userRole.organisationId')
    .select([
      'userAccount.id',
      'userAccount.name',
      'userAccount.email',
      'userRole.role',
      'organisation.name as organisationName',
    ])
    .where('userAccount.origin', '=', 'demo')
    .where('userAccount.disabledAt', 'is', null)
    .orderBy('userAccount.createdAt')
    .orderBy('userAccount.email')
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({
      userId: r.id,
      name: r.name,
      email: r.email,
      role: r.role,
      organisationName: r.organisationName,
    }));
}

/** One click on the sign-in page of a demo install: a session for a demo account, no password needed. */
export async function signInAsDemoAccount(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  previousToken?: string,
): Promise<SignedIn> {
  const offered = await listDemoAccounts(db);
  const principal = offered.some((a) => a.userId === userId) ? await findPrincipal(db, userId) : undefined;
  if (!principal) {
    throw new AppError(
      'NOT_FOUND',
      'Demokontot finns inte (demon kan ha tagits bort). Logga in med ditt eget konto.',
    );
  }
  return startSession(db, principal, now, previousToken);
}
