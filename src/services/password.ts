import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../domain/errors.ts';

// argon2id with OWASP's minimum (19 MiB, 2 passes); 2 = Algorithm.Argon2id (a const enum the build cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without one (unknown email, single-sign-on account) it verifies
 * against a dummy hash anyway, so the answer takes as long as for a real account: no enumeration by timing.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('malkedja-dummy-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** A new password must be long enough to resist guessing; says what to do in Swedish. */
export function assertPasswordAcceptable(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalid('password', `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken. Välj ett längre.`);
  }
  if (password.length > 512) throw invalid('password', 'Lösenordet får ha högst 512 tecken.');
}
