import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { resolveApiToken } from '../../services/api-token.ts';
import type { Principal } from '../../services/context.ts';
import { resolveSession, type SignedIn } from '../../services/session.ts';
import { actorFor } from '../../services/user.ts';

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | undefined;
    /** What audit rows name: the person, and the token when one was used. */
    actor: string | undefined;
  }
}

export const SESSION_COOKIE = 'malkedja_session';

/** API requests answered without a session: health, signing in, and the public pages and open data. */
export function isOpenPath(method: string, path: string): boolean {
  if (path.startsWith('/api/v1/public/')) return true;
  if (method === 'GET' && path === '/api/v1/health') return true;
  if (path === '/api/v1/session') return method === 'POST' || method === 'DELETE';
  return method === 'POST' && path === '/api/v1/session/demo';
}

export interface AuthOptions {
  db: Kysely<Database>;
  now: () => Date;
}

/**
 * Resolves who sends each /api/v1 request (the session cookie, or `Authorization: Bearer` with an API
 * token) into the request's principal; anything else than the open paths gets 401 without one.
 */
export function authenticate(options: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    const now = options.now();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      const principal = await resolveApiToken(options.db, bearer, now);
      if (!principal)
        return unauthenticated(c, 'API-nyckeln är ogiltig eller återkallad. Skapa en ny under Konton.');
      const { tokenName, ...rest } = principal;
      c.set('principal', rest);
      c.set('actor', `${actorFor(rest)} via API-nyckeln ”${tokenName}”`);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await resolveSession(options.db, token, now) : undefined;
    if (principal) {
      c.set('principal', principal);
      c.set('actor', actorFor(principal));
      return next();
    }
    if (isOpenPath(c.req.method, c.req.path)) return next();
    if (token) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return unauthenticated(
      c,
      token
        ? 'Din inloggning har gått ut. Logga in igen; det du inte hunnit spara finns kvar i webbläsaren.'
        : 'Du är inte inloggad. Logga in för att fortsätta.',
    );
  };
}

function unauthenticated(c: Context, message: string) {
  return c.json({ code: 'UNAUTHENTICATED', message }, 401);
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, and Secure when the public address is https. */
export function setSessionCookie(c: Context, signedIn: SignedIn, secure: boolean) {
  setCookie(c, SESSION_COOKIE, signedIn.token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    expires: signedIn.expiresAt,
  });
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
}

/** The client's address for the sign-in rate limit; behind a trusted proxy, the address it saw. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'okänd';
}
