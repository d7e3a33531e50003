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

/** Who sends a request, or why the credentials it carries are refused (undefined: it carries none). */
export type Identification = { principal: Principal; actor: string } | { refused: string } | undefined;
export type Identify = (c: Context) => Promise<Identification>;

/** Reads the session cookie, or `Authorization: Bearer` with an API token, against the database. */
export function identifyFrom(options: AuthOptions): Identify {
  return async (c) => {
    const now = options.now();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      const found = await resolveApiToken(options.db, bearer, now);
      if (!found) return { refused: 'API-nyckeln är ogiltig eller återkallad. Skapa en ny under Konton.' };
      const { tokenName, ...principal } = found;
      return { principal, actor: `${actorFor(principal)} via API-nyckeln ”${tokenName}”` };
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return undefined;
    const principal = await resolveSession(options.db, token, now);
    if (principal) return { principal, actor: actorFor(principal) };
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return {
      refused:
        'Din inloggning har gått ut. Logga in igen; det du inte hunnit spara finns kvar i webbläsaren.',
    };
  };
}

/**
 * Puts who sends each /api/v1 request into the request's principal and actor; anything but the open paths
 * gets 401 without valid credentials. `identify` is looked up per request (the authorization matrix test
 * swaps it, as it swaps ctxFor, to run each request inside a rolled-back transaction).
 */
export function authenticate(identify: () => Identify): MiddlewareHandler {
  return async (c, next) => {
    const found = await identify()(c);
    if (found && 'principal' in found) {
      c.set('principal', found.principal);
      c.set('actor', found.actor);
      return next();
    }
    // A bad API token is refused even on open paths: an integration must learn its key is dead.
    const badToken = found && c.req.header('authorization');
    if (!badToken && isOpenPath(c.req.method, c.req.path)) return next();
    return unauthenticated(c, found?.refused ?? 'Du är inte inloggad. Logga in för att fortsätta.');
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
