import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { namedStatement } from '../db/named-statements.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { Principal } from './context.ts';
import { verifyPassword } from './password.ts';
import { assertSignInAllowed, recordSignInAttempt } from './sign-in-limit.ts';
import { findPrincipal, findUserByEmail, normaliseEmail } from './user.ts';

/** A session lasts a working day at most, and ends after two hours without a request. */
export const SESSION_LIFETIME_MS = 12 * 3600_000;
export const SESSION_IDLE_MS = 2 * 3600_000;
/** last_seen_at is written at most this often, so reads do not each turn into a write. */
const TOUCH_INTERVAL_MS = 60_000;

export const WRONG_CREDENTIALS =
  'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen; har du glömt lösenordet, kontakta en administratör.';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions and API tokens are stored as their sha-256: a copy of the database gives no usable secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  principal: Principal;
}

export interface SignInRequest {
  email: string;
  password: string;
  ip: string;
  /** The session cookie the browser already had: it is ended, never reused (session fixation). */
  previousToken?: string;
}

/**
 * Signs in with email and password. An unknown address, a wrong password, a single-sign-on account and a
 * disabled account all get the same answer after the same amount of work (one argon2 verification).
 */
export async function signIn(db: Kysely<Database>, request: SignInRequest, now: Date): Promise<SignedIn> {
  const email = normaliseEmail(request.email);
  await assertSignInAllowed(db, email, request.ip, now);
  const account = email ? await findUserByEmail(db, email) : undefined;
  const passwordOk = await verifyPassword(account?.passwordHash, request.password);
  const principal = passwordOk && account ? await findPrincipal(db, account.id) : undefined;
  await recordSignInAttempt(db, { email, ip: request.ip, at: now, succeeded: principal !== undefined });
  if (!principal) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  return startSession(db, principal, now, request.previousToken);
}

/** A new session with a new random id for an already verified person (password, single sign-on, demo). */
export async function startSession(
  db: Kysely<Database>,
  principal: Principal,
  now: Date,
  previousToken?: string,
): Promise<SignedIn> {
  if (previousToken) await endSession(db, previousToken);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db
    .insertInto('userSession')
    .values({ id: hashSecret(token), userId: principal.userId, createdAt: now, expiresAt, lastSeenAt: now })
    .execute();
  return { token, expiresAt, principal };
}

/** The person a session token belongs to; undefined when unknown, expired, idle too long or disabled. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Principal | undefined> {
  const id = hashSecret(token);
  // Every API request asks this, so the session, its person and their roles come in one round trip.
  const session = await db
    .selectFrom('userSession')
    .leftJoin('userAccount', 'userAccount.id', 'userSession.userId')
    .select((eb) => [
      'userSession.userId',
      'userSession.expiresAt',
      'userSession.lastSeenAt',
      'userAccount.id as accountId',
      'userAccount.name',
      'userAccount.email',
      'userAccount.disabledAt',
      jsonArrayFrom(
        eb
          .selectFrom('userRole')
          .select(['userRole.role', 'userRole.organisationId'])
          .whereRef('userRole.userId', '=', 'userSession.userId')
          .orderBy('userRole.role'),
      ).as('grants'),
    ])
    .where('userSession.id', '=', id)
    .modifyEnd(namedStatement('session'))
    .executeTakeFirst();
  if (!session) return undefined;
  const lastSeen = new Date(session.lastSeenAt).getTime();
  if (new Date(session.expiresAt).getTime() <= now.getTime() || lastSeen + SESSION_IDLE_MS <= now.getTime()) {
    await db.deleteFrom('userSession').where('id', '=', id).execute();
    return undefined;
  }
  if (!session.accountId || session.disabledAt) return undefined;
  const principal: Principal = {
    userId: session.accountId,
    name: session.name ?? '',
    email: session.email ?? '',
    grants: session.grants,
  };
  if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) {
    await db.updateTable('userSession').set({ lastSeenAt: now }).where('id', '=', id).execute();
  }
  return principal;
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('userSession').where('id', '=', hashSecret(token)).execute();
}
