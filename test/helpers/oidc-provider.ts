import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';
import { type OidcConfig, parseRoleMap } from '../../src/oidc-config.ts';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, with its development sign-in pages: any login
 * name the test has put in `accounts` signs in with any password. Consent is pre-granted, as an
 * organisation's own provider grants its registered apps.
 */
export interface TestProvider {
  issuer: string;
  /** login name (the subject) → the claims the provider gives for it. */
  accounts: Map<string, Record<string, unknown>>;
  /** The app's single sign-on settings for this provider (role map in OIDC_ROLE_MAP's short form). */
  config: (roleMap?: string) => OidcConfig;
  /** Follows the authorization URL through the provider's sign-in form; returns the callback URL it ends on. */
  signIn: (authorizationUrl: string, login: string) => Promise<URL>;
  close: () => Promise<void>;
}

export const TEST_CLIENT_ID = 'malkedja-test';
const TEST_CLIENT_SECRET = 'en-hemlighet-som-bara-testet-kanner';

export async function startTestProvider(publicUrl: string): Promise<TestProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const redirectUri = `${publicUrl}/auth/callback`;
  const accounts = new Map<string, Record<string, unknown>>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    cookies: { keys: ['testnyckel-for-leverantorens-kakor'] },
    ttl: {
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: (_ctx: unknown, id: string) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
    loadExistingGrant: async (ctx: ProviderContext) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  handle = provider.callback();
  return {
    issuer,
    accounts,
    config: (roleMap = '') => ({
      issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      publicUrl,
      roleClaim: 'groups',
      roleMap: parseRoleMap(roleMap),
      allowInsecureRequests: true,
    }),
    signIn: (authorizationUrl, login) => followSignIn(authorizationUrl, login, redirectUri),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function followSignIn(start: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form,
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      redirect: 'manual',
    });
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0]!;
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(header)) jar.set(pair.slice(0, at), value);
      else jar.delete(pair.slice(0, at));
    }
    form = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || !prompt)
      throw new Error(`Leverantören svarade ${res.status}: ${html.slice(0, 500)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    form = new URLSearchParams({ prompt, login, password: 'valfritt-losenord' });
  }
  throw new Error(`Inloggningen hos leverantören kom aldrig tillbaka till ${redirectUri}`);
}
