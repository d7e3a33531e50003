import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { buildMunicipality } from '../../../test/helpers/factories.ts';
import { startTestProvider } from '../../../test/helpers/oidc-provider.ts';
import { NO_ROLE } from '../../services/single-sign-on.ts';
import { createUser, findUserByEmail, updateUser } from '../../services/user.ts';
import { createApp } from '../app.ts';

// The app is reached in process, so its public address need not listen; the provider is real, on loopback.
const PUBLIC = 'http://127.0.0.1:4999';
const ctx = await openTestContext();
const m = await buildMunicipality(ctx);
await ctx.db.updateTable('organisation').set({ externalId: 'ENH-1' }).where('id', '=', m.unit.id).execute();
const provider = await startTestProvider(PUBLIC);
after(() => provider.close());
// A clock the test moves forward to let a pending login expire.
let offset = 0;
const appOptions = {
  database: ctx.handle,
  actor: 'admin-testare',
  now: () => new Date(Date.now() + offset),
  publicUrl: PUBLIC,
  oidc: provider.config('skribenter=unit_writer@ENH-1;chefer=board_approver@ENH-1;stab=reader'),
};
const { anonymous } = await createSignedInApp(appOptions);

let people = 0;
/** A person at the provider with the groups given; returns their login name (the subject). */
function person(groups: string[], extra: Record<string, unknown> = {}) {
  const login = `person-${++people}`;
  provider.accounts.set(login, {
    email: `${login}@kommun.se`,
    email_verified: true,
    name: `Person ${people}`,
    groups,
    ...extra,
  });
  return login;
}

/** GET /auth/login: where it sends the browser and the state cookie it sets there. */
async function startLogin(returnPath = '/ar/2025') {
  const res = await anonymous.request(`${PUBLIC}/auth/login?return=${encodeURIComponent(returnPath)}`);
  assert.equal(res.status, 302);
  const stateCookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  assert.match(stateCookie, /^malkedja_oidc_state=./);
  return { authorizationUrl: res.headers.get('location')!, stateCookie };
}

function callback(url: URL | string, cookie: string) {
  return anonymous.request(url.toString(), { headers: { cookie } });
}

function sessionCookieOf(res: Response): string | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('malkedja_session='));
  return header?.split(';')[0];
}

/** A refused callback: back to the sign-in page with a Swedish message, and no session cookie. */
function assertRefused(res: Response, message: RegExp) {
  assert.equal(res.status, 303);
  const location = new URL(res.headers.get('location')!, PUBLIC);
  assert.equal(location.pathname, '/logga-in');
  assert.equal(location.searchParams.get('fel'), 'sso');
  assert.match(refusalOf(res), message);
  assert.equal(sessionCookieOf(res), undefined);
}

/** The explanation travels in a cookie the server sets, never in the address a link could forge. */
function refusalOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('malkedja_inloggningsfel='));
  return decodeURIComponent(header?.split(';')[0]?.slice('malkedja_inloggningsfel='.length) ?? '');
}

async function signInThrough(login: string, returnPath?: string) {
  const { authorizationUrl, stateCookie } = await startLogin(returnPath);
  const back = await provider.signIn(authorizationUrl, login);
  return { res: await callback(back, stateCookie), back, stateCookie };
}

describe('single sign-on with OpenID Connect', () => {
  it('tells the sign-in page that single sign-on is on', async () => {
    const res = await anonymous.request(`${PUBLIC}/api/v1/public/sign-in-options`);
    assert.equal((await res.json()).singleSignOn, true);
  });

  it('sends the browser to the provider with state, nonce and a PKCE S256 challenge', async () => {
    const { authorizationUrl } = await startLogin();
    const url = new URL(authorizationUrl);
    assert.equal(url.origin, provider.issuer);
    for (const name of ['state', 'nonce', 'code_challenge']) assert.ok(url.searchParams.get(name), name);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('redirect_uri'), `${PUBLIC}/auth/callback`);
  });

  it('completes the authorization-code flow: a new account with mapped roles and a working session', async () => {
    const login = person(['skribenter', 'okänd-grupp']);
    const { res } = await signInThrough(login, '/ar/2025/plan/1?flik=mal');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/ar/2025/plan/1?flik=mal');
    const header = res.headers.getSetCookie().find((c) => c.startsWith('malkedja_session='))!;
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Lax/);
    const who = await anonymous.request(`${PUBLIC}/api/v1/session`, {
      headers: { cookie: sessionCookieOf(res)! },
    });
    assert.equal(who.status, 200);
    const body = await who.json();
    assert.equal(body.email, `${login}@kommun.se`);
    assert.equal(body.name, 'Person 1');
    assert.deepEqual(body.grants, [{ role: 'unit_writer', organisationId: m.unit.id }]);
  });

  it('replaces the roles the groups gave at the next sign-in and keeps roles granted by hand', async () => {
    const login = person(['skribenter']);
    assert.equal((await signInThrough(login)).res.status, 302);
    const account = (await findUserByEmail(ctx.db, `${login}@kommun.se`))!;
    await ctx.db
      .insertInto('userRole')
      .values({ userId: account.id, role: 'reader', organisationId: m.board.id })
      .execute();
    provider.accounts.get(login)!.groups = ['chefer', 'stab'];
    const { res } = await signInThrough(login);
    const who = await anonymous.request(`${PUBLIC}/api/v1/session`, {
      headers: { cookie: sessionCookieOf(res)! },
    });
    const grants = (await who.json()).grants as { role: string; organisationId: string | null }[];
    assert.deepEqual(
      grants.map((g) => `${g.role}@${g.organisationId}`).sort(),
      [`board_approver@${m.unit.id}`, `reader@${m.board.id}`, 'reader@null'].sort(),
    );
  });

  it('takes a name changed in the organisation directory at the next sign-in', async () => {
    const login = person(['skribenter']);
    assert.equal((await signInThrough(login)).res.status, 302);
    provider.accounts.get(login)!.name = 'Nytt Efternamn';
    assert.equal((await signInThrough(login)).res.status, 302);
    assert.equal((await findUserByEmail(ctx.db, `${login}@kommun.se`))!.name, 'Nytt Efternamn');
  });

  it('joins an account an administrator made beforehand by its verified email', async () => {
    const made = await createUser(ctx, { email: 'förberedd@kommun.se', name: 'Förberedd', roles: [] });
    const login = person(['stab'], { email: 'Förberedd@Kommun.se' });
    const { res } = await signInThrough(login);
    assert.equal(res.status, 302);
    const row = (await findUserByEmail(ctx.db, 'förberedd@kommun.se'))!;
    assert.equal(row.id, made.id);
    assert.equal(row.oidcSubject, login);
    assert.equal(row.oidcIssuer, provider.issuer);
  });

  it('does not join an existing account by an unverified email', async () => {
    await createUser(ctx, { email: 'overifierad@kommun.se', name: 'Överifierad', roles: [] });
    const login = person(['stab'], { email: 'overifierad@kommun.se', email_verified: false });
    assertRefused(
      (await signInThrough(login)).res,
      /finns redan ett konto med e-postadressen overifierad@kommun\.se/,
    );
  });

  it('refuses a person whose groups give no role, and makes no account for them', async () => {
    const login = person(['kaffeklubben']);
    const { res } = await signInThrough(login);
    assertRefused(res, /ingen roll i Målkedja/);
    assert.equal(refusalOf(res), NO_ROLE);
    assert.equal(await findUserByEmail(ctx.db, `${login}@kommun.se`), undefined);
  });

  it('refuses a disabled account', async () => {
    const login = person(['skribenter']);
    assert.equal((await signInThrough(login)).res.status, 302);
    const account = (await findUserByEmail(ctx.db, `${login}@kommun.se`))!;
    await updateUser(ctx, account.id, { disabled: true });
    assertRefused((await signInThrough(login)).res, /avstängt/);
  });

  it('refuses a callback with a state it never sent', async () => {
    const { authorizationUrl, stateCookie } = await startLogin();
    const back = await provider.signIn(authorizationUrl, person(['stab']));
    back.searchParams.set('state', 'en-annan-state');
    assertRefused(await callback(back, 'malkedja_oidc_state=en-annan-state'), /känns inte igen/);
    // The real state still works once: the forged callback took nothing.
    back.searchParams.set('state', new URL(authorizationUrl).searchParams.get('state')!);
    assert.equal((await callback(back, stateCookie)).status, 302);
  });

  it('refuses a callback in a browser that did not start the login (no state cookie)', async () => {
    const { authorizationUrl } = await startLogin();
    const back = await provider.signIn(authorizationUrl, person(['stab']));
    assertRefused(await callback(back, ''), /annan webbläsare/);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { authorizationUrl, stateCookie } = await startLogin();
    await ctx.db.updateTable('oidcLogin').set({ nonce: 'ett-annat-nonce' }).execute();
    const back = await provider.signIn(authorizationUrl, person(['stab']));
    assertRefused(await callback(back, stateCookie), /kunde inte bekräftas/);
  });

  it('refuses a replayed callback', async () => {
    const { res, back, stateCookie } = await signInThrough(person(['stab']));
    assert.equal(res.status, 302);
    assertRefused(await callback(back, stateCookie), /redan använd/);
  });

  it('refuses a login that waited at the provider for more than ten minutes', async () => {
    const { authorizationUrl, stateCookie } = await startLogin();
    const back = await provider.signIn(authorizationUrl, person(['stab']));
    offset = 11 * 60_000;
    try {
      assertRefused(await callback(back, stateCookie), /gått ut/);
    } finally {
      offset = 0;
    }
  });

  it('ends the session the browser already had and issues a new one (session fixation)', async () => {
    const login = person(['stab']);
    const first = sessionCookieOf((await signInThrough(login)).res)!;
    const { authorizationUrl, stateCookie } = await startLogin();
    const back = await provider.signIn(authorizationUrl, login);
    const res = await callback(back, `${stateCookie}; ${first}`);
    const fresh = sessionCookieOf(res)!;
    assert.notEqual(fresh, first);
    const ask = (cookie: string) => anonymous.request(`${PUBLIC}/api/v1/session`, { headers: { cookie } });
    assert.equal((await ask(first)).status, 401);
    assert.equal((await ask(fresh)).status, 200);
  });

  it('finishes on another app instance than the one the login started on', async () => {
    const other = createApp(appOptions).app;
    const { authorizationUrl, stateCookie } = await startLogin();
    const back = await provider.signIn(authorizationUrl, person(['stab']));
    const res = await other.request(back.href, { headers: { cookie: stateCookie } });
    assert.equal(res.status, 302);
    const who = await other.request(`${PUBLIC}/api/v1/session`, {
      headers: { cookie: sessionCookieOf(res)! },
    });
    assert.equal(who.status, 200);
  });

  it('without single sign-on configured, hides the button and explains /auth/login on the sign-in page', async () => {
    const { oidc: _off, ...withoutOidc } = appOptions;
    const off = createApp(withoutOidc).app;
    const options = await off.request(`${PUBLIC}/api/v1/public/sign-in-options`);
    assert.equal((await options.json()).singleSignOn, false);
    assertRefused(await off.request(`${PUBLIC}/auth/login?return=/ar/2025`), /inte påslagen här/);
  });

  it('ignores a return path to another site', async () => {
    for (const unsafe of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const { res } = await signInThrough(person(['stab']), unsafe);
      assert.equal(res.headers.get('location'), '/', unsafe);
    }
  });
});
