import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import type { OidcConfig } from '../../oidc-config.ts';
import { createPendingLogin, PENDING_LOGIN_MS, takePendingLogin } from '../../services/oidc-login.ts';
import { startSession } from '../../services/session.ts';
import { type ProviderIdentity, signInWithProvider } from '../../services/single-sign-on.ts';
import { safeReturnPath } from '../../shared/return-path.ts';
import { SESSION_COOKIE, setSessionCookie } from '../middleware/authenticate.ts';

/** Binds a login to the browser that started it: a callback link sent to someone else signs nobody in. */
const STATE_COOKIE = 'malkedja_oidc_state';

export interface OidcRouteOptions {
  db: Kysely<Database>;
  now: () => Date;
  oidc: OidcConfig;
  secureCookies: boolean;
}

const UNREACHABLE =
  'Organisationens inloggning svarar inte just nu. Försök igen om en stund, eller logga in med lösenord.';
const NOT_CONFIRMED =
  'Inloggningen kunde inte bekräftas hos organisationens inloggning. Börja om med knappen ”Logga in med organisationens konto”.';
const OTHER_BROWSER =
  'Inloggningen startades i en annan webbläsare eller flik. Börja om med knappen ”Logga in med organisationens konto” här.';

/**
 * Carries a refusal's explanation to the sign-in page. In a cookie only this server can set, not in the
 * address: a link anyone can write must not put its own wording in the sign-in page's alert.
 */
export const SIGN_IN_ERROR_COOKIE = 'malkedja_inloggningsfel';

/** Sends the person back to the sign-in page with a Swedish explanation, and no session. */
function refuse(c: Context, message: string, secure: boolean) {
  deleteCookie(c, STATE_COOKIE, { path: '/auth', secure });
  setCookie(c, SIGN_IN_ERROR_COOKIE, message, { path: '/', maxAge: 120, sameSite: 'Lax', secure });
  return c.redirect('/logga-in?fel=sso', 303);
}

/** `/auth/login` and `/auth/callback`: the OpenID Connect authorization-code flow with PKCE, state and nonce. */
export function oidcRoutes(app: Hono, options: OidcRouteOptions) {
  const { oidc, secureCookies } = options;
  const redirectUri = `${oidc.publicUrl}/auth/callback`;
  // Discovered once and kept; a failed discovery is retried at the next sign-in, not cached.
  let discovered: Promise<client.Configuration> | undefined;
  const provider = () => {
    discovered ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
        execute: oidc.allowInsecureRequests ? [client.allowInsecureRequests] : [],
      })
      .catch((error) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  app.get('/auth/login', async (c) => {
    let config: client.Configuration;
    try {
      config = await provider();
    } catch (error) {
      console.error(`Single sign-on: ${oidc.issuer} kunde inte nås: ${(error as Error).message}`);
      return refuse(c, UNREACHABLE, secureCookies);
    }
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const returnPath = safeReturnPath(c.req.query('return') ?? c.req.query('till'));
    await createPendingLogin(options.db, { state, nonce, codeVerifier, returnPath }, options.now());
    setCookie(c, STATE_COOKIE, state, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/auth',
      secure: secureCookies,
      maxAge: PENDING_LOGIN_MS / 1000,
    });
    const target = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return c.redirect(target.href, 302);
  });

  app.get('/auth/callback', async (c) => {
    const state = c.req.query('state');
    const browserState = getCookie(c, STATE_COOKIE);
    let pending: Awaited<ReturnType<typeof takePendingLogin>>;
    try {
      if (!state) throw new AppError('UNAUTHENTICATED', NOT_CONFIRMED);
      pending = await takePendingLogin(options.db, state, options.now());
    } catch (error) {
      if (error instanceof AppError) return refuse(c, error.message, secureCookies);
      throw error;
    }
    if (browserState !== state) return refuse(c, OTHER_BROWSER, secureCookies);
    const providerError = c.req.query('error');
    if (providerError) {
      const description = c.req.query('error_description');
      return refuse(
        c,
        `Organisationens inloggning avbröt inloggningen (${description ?? providerError}). Försök igen, eller logga in med lösenord.`,
        secureCookies,
      );
    }
    let identity: ProviderIdentity;
    try {
      const config = await provider();
      // The address the provider sent the browser to, not the one this instance sees behind a proxy.
      const currentUrl = new URL(`${redirectUri}?${new URL(c.req.url).searchParams}`);
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        expectedState: state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier,
      });
      identity = await readIdentity(config, tokens, oidc.roleClaim);
    } catch (error) {
      console.warn(`Single sign-on nekades: ${(error as Error).message}`);
      return refuse(c, NOT_CONFIRMED, secureCookies);
    }
    try {
      const principal = await signInWithProvider(options.db, identity, oidc.roleMap, options.now());
      const signedIn = await startSession(options.db, principal, options.now(), getCookie(c, SESSION_COOKIE));
      setSessionCookie(c, signedIn, secureCookies);
    } catch (error) {
      if (error instanceof AppError) return refuse(c, error.message, secureCookies);
      throw error;
    }
    deleteCookie(c, STATE_COOKIE, { path: '/auth', secure: secureCookies });
    return c.redirect(safeReturnPath(pending.returnPath), 302);
  });
}

/** Without single sign-on configured, /auth/login says so on the sign-in page instead of a blank 404. */
export function oidcOffRoutes(app: Hono) {
  app.get('/auth/*', (c) =>
    refuse(
      c,
      'Inloggning med organisationens konto är inte påslagen här. Logga in med e-post och lösenord.',
      new URL(c.req.url).protocol === 'https:',
    ),
  );
}

type Tokens = Awaited<ReturnType<typeof client.authorizationCodeGrant>>;

/** The ID token's claims; userinfo fills in what the token leaves out (many providers keep email there). */
async function readIdentity(
  config: client.Configuration,
  tokens: Tokens,
  roleClaim: string,
): Promise<ProviderIdentity> {
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('svaret saknar ID-token');
  let claims: Record<string, unknown> = { ...idClaims };
  const lacking = claims.email === undefined || claims[roleClaim] === undefined;
  if (lacking && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    claims = { ...info, ...claims };
  }
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const rawGroups = claims[roleClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : [rawGroups]).filter(
    (g): g is string => typeof g === 'string',
  );
  const email = text(claims.email) ?? text(claims.preferred_username) ?? text(claims.upn);
  return {
    issuer: idClaims.iss,
    subject: idClaims.sub,
    email,
    emailVerified: claims.email_verified === true && text(claims.email) !== undefined,
    name:
      text(claims.name) ??
      ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || undefined),
    groups,
  };
}
