import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { hashSecret } from './session.ts';

/** A person has this long between leaving for the provider and coming back. */
export const PENDING_LOGIN_MS = 10 * 60_000;
/** At most this many logins wait at once: a script calling /auth/login in a loop cannot fill the disk. */
export const MAX_PENDING_LOGINS = 5_000;

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

/** Remembers a login sent to the provider, dropping expired ones and the oldest beyond the cap. */
export async function createPendingLogin(
  db: Kysely<Database>,
  login: PendingLogin,
  now: Date,
  max = MAX_PENDING_LOGINS,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('oidcLogin')
      .where('createdAt', '<', new Date(now.getTime() - PENDING_LOGIN_MS))
      .execute();
    const overflow = trx
      .selectFrom('oidcLogin')
      .select('id')
      .orderBy('createdAt', 'desc')
      .offset(max - 1);
    await trx.deleteFrom('oidcLogin').where('id', 'in', overflow).execute();
    await trx
      .insertInto('oidcLogin')
      .values({
        id: hashSecret(login.state),
        nonce: login.nonce,
        codeVerifier: login.codeVerifier,
        returnPath: login.returnPath,
        createdAt: now,
      })
      .execute();
  });
}

/**
 * Takes the login a callback's state names, once: the row is deleted as it is read, so a replayed callback
 * (or a second instance racing for it) finds nothing.
 */
export async function takePendingLogin(
  db: Kysely<Database>,
  state: string,
  now: Date,
): Promise<Omit<PendingLogin, 'state'>> {
  const row = await db
    .deleteFrom('oidcLogin')
    .where('id', '=', hashSecret(state))
    .returning(['nonce', 'codeVerifier', 'returnPath', 'createdAt'])
    .executeTakeFirst();
  if (!row) {
    throw new AppError(
      'UNAUTHENTICATED',
      'Inloggningen känns inte igen eller är redan använd. Börja om med knappen ”Logga in med organisationens konto”.',
    );
  }
  if (new Date(row.createdAt).getTime() + PENDING_LOGIN_MS <= now.getTime()) {
    throw new AppError(
      'UNAUTHENTICATED',
      'Inloggningen tog mer än 10 minuter och har gått ut. Börja om med knappen ”Logga in med organisationens konto”.',
    );
  }
  return { nonce: row.nonce, codeVerifier: row.codeVerifier, returnPath: row.returnPath };
}
