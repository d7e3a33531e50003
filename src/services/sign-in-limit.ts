import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';

// Failed attempts are counted in the database, so every app instance on the same PostgreSQL sees them.
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Refuses a sign-in while the address or the client has failed too often in the window. Unknown addresses
 * are counted the same way as known ones, so the limit says nothing about which accounts exist.
 */
export async function assertSignInAllowed(db: Kysely<Database>, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const counts = await db
    .selectFrom('signInAttempt')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('email', '=', email).as('byEmail'),
      eb.fn.countAll<string>().filterWhere('ip', '=', ip).as('byIp'),
    ])
    .where('at', '>', since)
    .where('succeeded', '=', false)
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (Number(counts.byEmail) >= MAX_FAILURES_PER_EMAIL || Number(counts.byIp) >= MAX_FAILURES_PER_IP) {
    throw new AppError(
      'RATE_LIMITED',
      'För många misslyckade inloggningsförsök. Vänta en kvart och försök igen, eller be en administratör om ett nytt lösenord.',
    );
  }
}

export async function recordSignInAttempt(
  db: Kysely<Database>,
  attempt: { email: string; ip: string; at: Date; succeeded: boolean },
) {
  await db.insertInto('signInAttempt').values(attempt).execute();
  // Attempts older than a day carry no information any more; each success sweeps them out.
  if (attempt.succeeded) {
    await db
      .deleteFrom('signInAttempt')
      .where('at', '<', new Date(attempt.at.getTime() - 24 * 3600_000))
      .execute();
  }
}
