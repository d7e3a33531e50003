import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createUser } from '../src/services/user.ts';
import { createSignedInApp } from '../test/helpers/auth.ts';

/**
 * POST /api/v1/session in process (PGlite): the median and p95 of a correct sign-in (one argon2id
 * verification, the rate-limit count, the session row) and of an unknown address (the dummy verification).
 */
export async function benchSignIn(rounds = 20) {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    await createUser(ctx, {
      email: 'bench@kommun.se',
      name: 'Bench',
      password: 'bench-lösenord-123',
      roles: [],
    });
    const { anonymous } = await createSignedInApp({ database, actor: 'bench' });
    const signIn = async (email: string) => {
      const start = performance.now();
      const res = await anonymous.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'bench-lösenord-123' }),
      });
      await res.arrayBuffer();
      return performance.now() - start;
    };
    await signIn('bench@kommun.se');
    const ok: number[] = [];
    const unknown: number[] = [];
    // Unknown addresses change each time, so the rate limit never stops the run.
    for (let i = 0; i < rounds; i++) {
      ok.push(await signIn('bench@kommun.se'));
      unknown.push(await signIn(`okand-${i}@kommun.se`));
    }
    const stat = (list: number[], q: number) => {
      const sorted = [...list].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
    };
    return {
      signInMs: stat(ok, 0.5),
      signInP95Ms: stat(ok, 0.95),
      signInUnknownEmailMs: stat(unknown, 0.5),
      rounds,
    };
  } finally {
    await database.close();
  }
}
