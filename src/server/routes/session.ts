import { getCookie } from 'hono/cookie';
import { AppError } from '../../domain/errors.ts';
import { isSignedIn } from '../../services/context.ts';
import { listDemoAccounts, signInAsDemoAccount } from '../../services/demo-sign-in.ts';
import { endSession, signIn } from '../../services/session.ts';
import { sessionEndpoints as e } from '../../shared/endpoints/session.ts';
import { type Api, route } from '../api.ts';
import {
  clearSessionCookie,
  clientIp,
  SESSION_COOKIE,
  setSessionCookie,
} from '../middleware/authenticate.ts';

export interface SessionRouteOptions {
  /** Secure cookies: the app is reached over https (PUBLIC_URL). */
  secureCookies: boolean;
  /** X-Forwarded-For names the client (a trusted load balancer in front). */
  trustProxy: boolean;
  /** Single sign-on is configured (the sign-in page shows its button). */
  singleSignOn: boolean;
}

export function sessionRoutes(api: Api, options: SessionRouteOptions) {
  route(api, e.getSession, async ({ ctx }) => {
    if (!isSignedIn(ctx.principal))
      throw new AppError('UNAUTHENTICATED', 'Du är inte inloggad. Logga in för att fortsätta.');
    return { ...ctx.principal };
  });
  route(api, e.signIn, async ({ ctx, body, c }) => {
    const signedIn = await signIn(
      ctx.db,
      { ...body, ip: clientIp(c, options.trustProxy), previousToken: getCookie(c, SESSION_COOKIE) },
      ctx.now(),
    );
    setSessionCookie(c, signedIn, options.secureCookies);
    return signedIn.principal;
  });
  route(api, e.signOut, async ({ ctx, c }) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(ctx.db, token);
    clearSessionCookie(c, options.secureCookies);
  });
  route(api, e.signInAsDemo, async ({ ctx, body, c }) => {
    const signedIn = await signInAsDemoAccount(ctx.db, body.userId, ctx.now(), getCookie(c, SESSION_COOKIE));
    setSessionCookie(c, signedIn, options.secureCookies);
    return signedIn.principal;
  });
  route(api, e.getSignInOptions, async ({ ctx }) => ({
    singleSignOn: options.singleSignOn,
    demoAccounts: await listDemoAccounts(ctx.db),
  }));
}
