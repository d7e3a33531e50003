import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Api } from '../../src/server/api.ts';
import { type AppOptions, createApp } from '../../src/server/app.ts';
import { SESSION_COOKIE } from '../../src/server/middleware/authenticate.ts';
import type { Principal, Role } from '../../src/services/context.ts';
import { startSession } from '../../src/services/session.ts';
import { actorFor, createUser, findPrincipal } from '../../src/services/user.ts';

export interface TestAccount {
  principal: Principal;
  /** "Name (email)": what audit rows and createdBy/updatedBy say for this account. */
  actor: string;
  /** The session cookie header value, e.g. for `headers: { cookie }`. */
  cookie: string;
  /** The bare session token (a browser context's cookie value). */
  token: string;
}

/**
 * Creates an account with one role (organisationId null = the whole municipality) and a session for it,
 * without a password: tests that need one sign in through POST /api/v1/session themselves.
 */
export async function createTestAccount(
  db: Kysely<Database>,
  options: { role?: Role; organisationId?: string | null; name?: string; email?: string } = {},
): Promise<TestAccount> {
  const role = options.role ?? 'admin';
  const name = options.name ?? `Test ${role}`;
  const email = options.email ?? `${role.replace('_', '-')}-${randomUUID().slice(0, 8)}@test.invalid`;
  const ctx = { db, actor: 'testhjälp', now: () => new Date() };
  const user = await createUser(ctx, {
    email,
    name,
    roles: [{ role, organisationId: options.organisationId ?? null }],
  });
  const principal = (await findPrincipal(db, user.id))!;
  const { token } = await startSession(db, principal, new Date());
  return { principal, actor: actorFor(principal), cookie: `${SESSION_COOKIE}=${token}`, token };
}

/** The app as tests call it: `request` sends the account's session cookie unless the call sets its own. */
export interface TestApp {
  request: (input: string | Request, init?: RequestInit) => Promise<Response>;
  fetch: Hono['fetch'];
  hono: Hono;
}

export function asAccount(app: Hono, account: TestAccount | undefined): TestApp {
  return {
    hono: app,
    fetch: app.fetch,
    request: async (input, init = {}) => {
      const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
      if (account && !headers.has('cookie') && !headers.has('authorization'))
        headers.set('cookie', account.cookie);
      return app.request(input, { ...init, headers });
    },
  };
}

export interface SignedInApp {
  /** Requests as an admin over the whole municipality (named after options.actor). */
  app: TestApp;
  /** Requests with no session at all. */
  anonymous: TestApp;
  api: Api;
  admin: TestAccount;
  /** The same app as another role over an organisation (null = the whole municipality). */
  signInAs: (role: Role, organisationId?: string | null) => Promise<TestApp & { account: TestAccount }>;
}

/**
 * createApp for in-process HTTP tests, signed in as an admin by default. The admin's name is options.actor,
 * so audit rows read "<actor> (<email>)".
 */
export async function createSignedInApp(options: AppOptions): Promise<SignedInApp> {
  const { app, api } = createApp(options);
  const db = options.database.db;
  const admin = await createTestAccount(db, { role: 'admin', name: options.actor });
  return {
    app: asAccount(app, admin),
    anonymous: asAccount(app, undefined),
    api,
    admin,
    signInAs: async (role, organisationId = null) => {
      const account = await createTestAccount(db, { role, organisationId });
      return { ...asAccount(app, account), account };
    },
  };
}
