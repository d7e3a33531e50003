import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { arrivalOf, requestArrival } from '../db/arrival-order-pool.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { pingDatabase } from '../db/repos/health.ts';
import { AppError, type ErrorCode } from '../domain/errors.ts';
import type { OidcConfig } from '../oidc-config.ts';
import { ANONYMOUS, type Ctx } from '../services/context.ts';
import { healthEndpoints } from '../shared/endpoints/health.ts';
import { type Api, buildOpenApi, route } from './api.ts';
import { mapDatabaseError } from './database-errors.ts';
import { authenticate, identifyFrom } from './middleware/authenticate.ts';
import { registerSafetyMiddleware } from './middleware/safety.ts';
import { activityRoutes } from './routes/activity.ts';
import { boardOverviewRoutes } from './routes/board-overview.ts';
import { documentRoutes } from './routes/document.ts';
import { followUpRoutes } from './routes/follow-up.ts';
import { goalRoutes } from './routes/goal.ts';
import { type ImportRouteOptions, importRoutes } from './routes/import.ts';
import { indicatorRoutes } from './routes/indicator.ts';
import { municipalityRoutes } from './routes/municipality.ts';
import { oidcOffRoutes, oidcRoutes } from './routes/oidc.ts';
import { organisationRoutes } from './routes/organisation.ts';
import { planRoutes } from './routes/plan.ts';
import { planComparisonRoutes } from './routes/plan-comparison.ts';
import { planSnapshotRoutes } from './routes/plan-snapshot.ts';
import { planWorkflowRoutes } from './routes/plan-workflow.ts';
import { publicRoutes } from './routes/public.ts';
import { searchRoutes } from './routes/search.ts';
import { sessionRoutes } from './routes/session.ts';
import { userRoutes } from './routes/user.ts';
import { yearRoutes } from './routes/year.ts';
import { yearRolloverRoutes } from './routes/year-rollover.ts';
import { staticWebRoutes } from './static-web.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  INVALID: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

export interface AppOptions {
  database: DatabaseHandle;
  actor: string;
  now?: () => Date;
  log?: (line: Record<string, unknown>) => void;
  /** Limits of the import routes (tests shorten the parse budget). */
  imports?: ImportRouteOptions;
  /** PUBLIC_URL: the address users reach the server on; requests for any other host are refused. */
  publicUrl?: string;
  /** The built web app (default dist/web); tests pass a folder of their own. */
  webDir?: string;
  /** X-Forwarded-For names the client (TRUST_PROXY=1: a load balancer in front sets it). */
  trustProxy?: boolean;
  /** Single sign-on (OIDC_* and PUBLIC_URL); absent = password sign-in only. */
  oidc?: OidcConfig;
}

export function createApp(options: AppOptions): { app: Hono; api: Api } {
  const app = new Hono();
  // Remembers when each request arrived, so PGlite's one connection serves requests in arrival order
  // (writes ahead of reads that have waited less than a second: arrival-order-pool.ts).
  app.use((c, next) => requestArrival.run(arrivalOf(c.req.method), next));
  const now = options.now ?? (() => new Date());
  // Over HTTP the ctx always names who acts (authenticate() below has resolved them). The open paths
  // (health, signing in, public pages) act as ANONYMOUS, a principal with no roles: never as the trusted process.
  const ctxFor = (c: Context): Ctx => ({
    db: options.database.db,
    actor: c.get('actor') ?? options.actor,
    now,
    // A fresh object per request: per-principal caches (services/authz.ts) must not outlive the request.
    principal: c.get('principal') ?? { ...ANONYMOUS, grants: [] },
  });
  const api: Api = { app, ctxFor, identify: identifyFrom({ db: options.database.db, now }), routes: [] };

  if (options.log) {
    const log = options.log;
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      log({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      });
    });
  }

  registerSafetyMiddleware(app, { publicUrl: options.publicUrl });
  app.use(
    '/api/v1/*',
    authenticate(() => api.identify),
  );

  app.onError((error, c) => {
    if (error instanceof AppError) {
      return c.json({ code: error.code, message: error.message, details: error.details }, STATUS[error.code]);
    }
    if (error instanceof HTTPException) {
      return c.json({ code: 'INVALID', message: error.message }, error.status);
    }
    const mapped = mapDatabaseError(error);
    if (mapped)
      return c.json(
        { code: mapped.code, message: mapped.message, details: mapped.details },
        STATUS[mapped.code],
      );
    console.error(error);
    return c.json(
      {
        code: 'INTERNAL',
        message: 'Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta support.',
      },
      500,
    );
  });
  app.notFound((c) =>
    c.json(
      {
        code: 'NOT_FOUND',
        message: `Adressen ${c.req.path} finns inte. Se API-dokumentationen på /api/openapi.json.`,
      },
      404,
    ),
  );

  route(api, healthEndpoints.getHealth, async ({ ctx }) => {
    await pingDatabase(ctx.db);
    return { status: 'ok', database: options.database.engine };
  });
  municipalityRoutes(api);
  yearRolloverRoutes(api);
  planComparisonRoutes(api);
  boardOverviewRoutes(api);
  searchRoutes(api);
  organisationRoutes(api);
  yearRoutes(api);
  goalRoutes(api);
  indicatorRoutes(api);
  activityRoutes(api);
  planRoutes(api);
  documentRoutes(api);
  importRoutes(api, options.imports);
  planWorkflowRoutes(api);
  planSnapshotRoutes(api);
  publicRoutes(api);
  followUpRoutes(api);
  const secureCookies = options.publicUrl?.startsWith('https:') ?? false;
  sessionRoutes(api, {
    secureCookies,
    trustProxy: options.trustProxy ?? false,
    singleSignOn: options.oidc !== undefined,
  });
  if (options.oidc) oidcRoutes(app, { db: options.database.db, now, oidc: options.oidc, secureCookies });
  else oidcOffRoutes(app);
  userRoutes(api);

  app.get('/api/openapi.json', (c) => c.json(buildOpenApi(api.routes)));
  staticWebRoutes(app, options.webDir);
  return { app, api };
}

// Constraint violations that slip past the services still reach the user as a clear 4xx (database-errors.ts).
// Re-exported for callers that imported it from here before it moved to its own file.
export { mapDatabaseError };
