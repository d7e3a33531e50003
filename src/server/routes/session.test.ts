import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asAccount, createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { buildMunicipality } from '../../../test/helpers/factories.ts';
import { createApiToken } from '../../services/api-token.ts';
import { SESSION_IDLE_MS } from '../../services/session.ts';
import { MAX_FAILURES_PER_EMAIL } from '../../services/sign-in-limit.ts';
import { createUser } from '../../services/user.ts';
import { createApp } from '../app.ts';

const ctx = await openTestContext();
// A clock the test moves forward to let sessions expire.
let offset = 0;
const now = () => new Date(Date.now() + offset);
const { app, anonymous, admin } = await createSignedInApp({
  database: ctx.handle,
  actor: 'admin-testare',
  now,
});
const m = await buildMunicipality(ctx);
const PASSWORD = 'rätt-lösenord-123';
await createUser(ctx, {
  email: 'Anna.Writer@Kommun.se',
  name: 'Anna Skribent',
  password: PASSWORD,
  roles: [{ role: 'unit_writer', organisationId: m.unit.id }],
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** The session cookie (name=value) a response sets, and the whole Set-Cookie header. */
/** A new goal for the unit under the board goal, as a token's writes in these tests try to add. */
function unitGoal(title: string) {
  return { year: m.year, level: 'unit', organisationId: m.unit.id, parentId: m.boardGoal.id, title };
}

function sessionCookie(res: Response): { cookie: string; header: string } {
  const header = res.headers.get('set-cookie') ?? '';
  return { cookie: header.split(';')[0]!, header };
}

async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  return anonymous.request('/api/v1/session', json('POST', { email, password }, headers));
}

describe('sign-in and sessions', () => {
  it('answers 401 in Swedish to an API request without a session, except health and signing in', async () => {
    const res = await anonymous.request('/api/v1/goals?year=2025');
    assert.equal(res.status, 401);
    assert.match((await res.json()).message, /inte inloggad/);
    assert.equal((await anonymous.request(`/api/v1/plans/${m.plan.id}/tree`)).status, 401);
    assert.equal((await anonymous.request('/api/v1/goals', json('POST', {}))).status, 401);
    assert.equal((await anonymous.request('/api/v1/health')).status, 200);
    assert.equal((await anonymous.request('/api/v1/public/sign-in-options')).status, 200);
  });

  it('signs in with email and password, case-insensitively, and sets a safe cookie', async () => {
    const res = await signIn(' anna.writer@kommun.SE ', PASSWORD);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.name, 'Anna Skribent');
    assert.deepEqual(body.grants, [{ role: 'unit_writer', organisationId: m.unit.id }]);
    const { cookie, header } = sessionCookie(res);
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Lax/);
    assert.match(header, /Path=\//);
    assert.doesNotMatch(header, /Secure/, 'no Secure flag over plain http');
    const who = await anonymous.request('/api/v1/session', { headers: { cookie } });
    assert.equal((await who.json()).email, 'anna.writer@kommun.se');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await signIn('ingen@kommun.se', PASSWORD);
    const wrong = await signIn('anna.writer@kommun.se', 'fel-lösenord-123');
    assert.equal(unknown.status, 401);
    assert.equal(wrong.status, 401);
    assert.deepEqual(await unknown.json(), await wrong.json());
    assert.equal(unknown.headers.get('set-cookie'), null);
  });

  it('ends the session on sign-out, so the cookie no longer works', async () => {
    const { cookie } = sessionCookie(await signIn('anna.writer@kommun.se', PASSWORD));
    const out = await anonymous.request('/api/v1/session', {
      method: 'DELETE',
      headers: { cookie, 'content-type': 'application/json' },
    });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie } })).status, 401);
  });

  it('issues a new session id at sign-in and ends the one the browser had (session fixation)', async () => {
    const planted = sessionCookie(await signIn('anna.writer@kommun.se', PASSWORD)).cookie;
    const res = await signIn('anna.writer@kommun.se', PASSWORD, { cookie: planted });
    const fresh = sessionCookie(res).cookie;
    assert.notEqual(fresh, planted);
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie: planted } })).status, 401);
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie: fresh } })).status, 200);
    // A made-up cookie value is never adopted either.
    const made = await signIn('anna.writer@kommun.se', PASSWORD, {
      cookie: 'malkedja_session=angriparens-val',
    });
    assert.notEqual(sessionCookie(made).cookie, 'malkedja_session=angriparens-val');
  });

  it('refuses an expired session with a message to sign in again', async () => {
    const { cookie } = sessionCookie(await signIn('anna.writer@kommun.se', PASSWORD));
    offset = SESSION_IDLE_MS + 1000;
    try {
      const res = await anonymous.request('/api/v1/session', { headers: { cookie } });
      assert.equal(res.status, 401);
      assert.match((await res.json()).message, /gått ut/);
    } finally {
      offset = 0;
    }
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie } })).status, 401);
  });

  it('ends a disabled user’s sessions and refuses their sign-in', async () => {
    const user = await createUser(ctx, { email: 'bo@kommun.se', name: 'Bo', password: PASSWORD, roles: [] });
    const { cookie } = sessionCookie(await signIn('bo@kommun.se', PASSWORD));
    const res = await app.request(`/api/v1/users/${user.id}`, json('PATCH', { disabled: true }));
    assert.equal(res.status, 200);
    assert.equal((await res.json()).disabled, true);
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie } })).status, 401);
    const again = await signIn('bo@kommun.se', PASSWORD);
    assert.equal(again.status, 401);
  });

  it('reads the person and their roles afresh on every request, and refuses an account disabled behind its session', async () => {
    const user = await createUser(ctx, {
      email: 'cia@kommun.se',
      name: 'Cia',
      password: PASSWORD,
      roles: [
        { role: 'unit_writer', organisationId: m.unit.id },
        { role: 'reader', organisationId: m.board.id },
      ],
    });
    const { cookie } = sessionCookie(await signIn('cia@kommun.se', PASSWORD));
    const first = await (await anonymous.request('/api/v1/session', { headers: { cookie } })).json();
    assert.deepEqual(
      { userId: first.userId, name: first.name, email: first.email, grants: first.grants },
      {
        userId: user.id,
        name: 'Cia',
        email: 'cia@kommun.se',
        grants: [
          { role: 'reader', organisationId: m.board.id },
          { role: 'unit_writer', organisationId: m.unit.id },
        ],
      },
    );
    await ctx.db.deleteFrom('userRole').where('userId', '=', user.id).where('role', '=', 'reader').execute();
    const second = await (await anonymous.request('/api/v1/session', { headers: { cookie } })).json();
    assert.deepEqual(second.grants, [{ role: 'unit_writer', organisationId: m.unit.id }]);
    // Disabled straight in the database, its sessions left in place: the next request is still refused.
    await ctx.db
      .updateTable('userAccount')
      .set({ disabledAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    assert.equal((await anonymous.request('/api/v1/session', { headers: { cookie } })).status, 401);
  });

  it('locks an address after repeated failures, even with the right password, and unknown addresses alike', async () => {
    await createUser(ctx, { email: 'cecilia@kommun.se', name: 'Cecilia', password: PASSWORD, roles: [] });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      assert.equal((await signIn('cecilia@kommun.se', `gissning-${i}-abc`)).status, 401);
      assert.equal((await signIn('finns-inte@kommun.se', `gissning-${i}-abc`)).status, 401);
    }
    const locked = await signIn('cecilia@kommun.se', PASSWORD);
    assert.equal(locked.status, 429);
    assert.match((await locked.json()).message, /För många/);
    assert.equal((await signIn('finns-inte@kommun.se', PASSWORD)).status, 429);
    // Other addresses are unaffected.
    assert.equal((await signIn('anna.writer@kommun.se', PASSWORD)).status, 200);
  });

  it('refuses a cross-site write even with a valid session cookie', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json(
        'POST',
        { year: m.year, level: 'unit', organisationId: m.unit.id, parentId: m.boardGoal.id, title: 'X' },
        { origin: 'https://angripare.example', 'sec-fetch-site': 'cross-site' },
      ),
    );
    assert.equal(res.status, 403);
  });

  it('names the signed-in person in audit rows', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'unit',
        organisationId: m.unit.id,
        parentId: m.boardGoal.id,
        title: 'Spårbart mål',
      }),
    );
    const goal = await res.json();
    const audit = await ctx.db
      .selectFrom('auditEvent')
      .select('actor')
      .where('entityId', '=', goal.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, admin.actor);
    assert.match(audit.actor, /^admin-testare \(admin-[0-9a-f]+@test\.invalid\)$/);
  });
});

describe('API tokens', () => {
  it('shows the token once, acts with its role and names it in audit rows, and stops when revoked', async () => {
    const created = await app.request(
      '/api/v1/api-tokens',
      json('POST', { name: 'Kolada-import', role: 'reader', organisationId: m.unit.id }),
    );
    assert.equal(created.status, 201);
    const { token, apiToken } = await created.json();
    assert.match(token, /^mk_/);
    const listed = await (await app.request('/api/v1/api-tokens')).json();
    assert.ok(!JSON.stringify(listed).includes(token), 'the list never shows the secret');
    const bearer = { authorization: `Bearer ${token}` };
    const who = await (await anonymous.request('/api/v1/session', { headers: bearer })).json();
    assert.deepEqual(who.grants, [{ role: 'reader', organisationId: m.unit.id }]);
    // A reader's token reads, and is refused a write its role does not allow, even in its own unit.
    assert.equal(
      (await anonymous.request(`/api/v1/organisations?year=${m.year}`, { headers: bearer })).status,
      200,
    );
    const refused = await anonymous.request('/api/v1/goals', json('POST', unitGoal('Läsarens mål'), bearer));
    assert.equal(refused.status, 403);
    const unwritten = await ctx.db
      .selectFrom('goal')
      .select('id')
      .where('title', '=', 'Läsarens mål')
      .execute();
    assert.deepEqual(unwritten, []);
    const stored = await ctx.db
      .selectFrom('apiToken')
      .select('tokenHash')
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.tokenHash, token);
    const revoked = await app.request(`/api/v1/api-tokens/${apiToken.id}`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(revoked.status, 204);
    const after = await anonymous.request('/api/v1/session', { headers: bearer });
    assert.equal(after.status, 401);
    assert.match((await after.json()).message, /API-nyckeln/);
  });

  it('refuses account and token administration to a non-admin', async () => {
    const writer = await (await createSignedInApp({ database: ctx.handle, actor: 'x', now })).signInAs(
      'unit_writer',
      m.unit.id,
    );
    assert.equal((await writer.request('/api/v1/users')).status, 403);
    assert.equal(
      (await writer.request('/api/v1/api-tokens', json('POST', { name: 'X', role: 'admin' }))).status,
      403,
    );
  });

  it('writes through a token with its creator named beside it', async () => {
    const { token } = await createApiToken(ctx, {
      name: 'Skript',
      role: 'admin',
      userId: admin.principal.userId,
    });
    const res = await anonymous.request(
      '/api/v1/goals',
      json('POST', unitGoal('Via nyckel'), { authorization: `Bearer ${token}` }),
    );
    assert.equal(res.status, 201);
    assert.equal((await res.json()).createdBy, `${admin.actor} via API-nyckeln ”Skript”`);
  });
});

describe('several app instances on one database', () => {
  it('signs in on one instance and writes through another', async () => {
    const first = asAccount(createApp({ database: ctx.handle, actor: 'instans-1' }).app, undefined);
    const second = asAccount(createApp({ database: ctx.handle, actor: 'instans-2' }).app, undefined);
    const res = await first.request(
      '/api/v1/session',
      json('POST', { email: 'anna.writer@kommun.se', password: PASSWORD }),
    );
    const { cookie } = sessionCookie(res);
    const write = await second.request(
      '/api/v1/goals',
      json(
        'POST',
        {
          year: m.year,
          level: 'unit',
          organisationId: m.unit.id,
          parentId: m.boardGoal.id,
          title: 'Från instans 2',
        },
        { cookie },
      ),
    );
    assert.equal(write.status, 201);
    assert.equal((await write.json()).createdBy, 'Anna Skribent (anna.writer@kommun.se)');
  });
});
