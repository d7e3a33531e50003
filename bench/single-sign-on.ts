import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createSignedInApp } from '../test/helpers/auth.ts';
import { startTestProvider } from '../test/helpers/oidc-provider.ts';

/**
 * The whole single sign-on in process (PGlite) against the loopback oidc-provider: /auth/login, the provider's
 * sign-in form, /auth/callback (code exchange, ID token and userinfo checks, account and roles, session) and the
 * first GET /api/v1/session. The provider's own time is included: it is what a person waits for.
 */
export async function benchSingleSignOn(rounds = 20) {
  const publicUrl = 'http://127.0.0.1:4998';
  const database = await openDatabase({ dataDir: 'memory://' });
  const provider = await startTestProvider(publicUrl);
  try {
    await migrateToLatest(database.db);
    provider.accounts.set('bench', {
      email: 'bench.sso@kommun.se',
      email_verified: true,
      name: 'Bench',
      groups: ['mal-lasare'],
    });
    const { anonymous } = await createSignedInApp({
      database,
      actor: 'bench',
      publicUrl,
      oidc: provider.config('mal-lasare=reader'),
    });
    const flow = async () => {
      const start = performance.now();
      const login = await anonymous.request(`${publicUrl}/auth/login?return=/`);
      const stateCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const back = await provider.signIn(login.headers.get('location')!, 'bench');
      const done = await anonymous.request(back.href, { headers: { cookie: stateCookie } });
      const session = done.headers.getSetCookie().find((c) => c.startsWith('malkedja_session='));
      if (!session) throw new Error(`Ingen session efter inloggningen (${done.headers.get('location')})`);
      const who = await anonymous.request(`${publicUrl}/api/v1/session`, {
        headers: { cookie: session.split(';')[0]! },
      });
      if (who.status !== 200) throw new Error(`GET /api/v1/session svarade ${who.status}`);
      return performance.now() - start;
    };
    await flow();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await flow());
    const sorted = times.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
    return { singleSignOnMs: at(0.5), singleSignOnP95Ms: at(0.95), rounds };
  } finally {
    await provider.close();
    await database.close();
  }
}
