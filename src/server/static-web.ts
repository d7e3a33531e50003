import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export const WEB_DIST = join(import.meta.dirname, '..', '..', 'dist', 'web');

/** Serves the built UI; every non-API path falls back to index.html so deep links and reloads work. */
export function staticWebRoutes(app: Hono) {
  app.use('/assets/*', serveStatic({ root: WEB_DIST }));
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const index = join(WEB_DIST, 'index.html');
    if (!existsSync(index)) {
      return c.html(
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Målkedja</title></head><body><main><h1>Målkedja</h1><p>Webbgränssnittet är inte byggt. Kör <code>npm run build</code> och starta om.</p><p><a href="/api/openapi.json">API-dokumentation</a></p></main></body></html>',
      );
    }
    return c.html(readFileSync(index, 'utf8'));
  });
}
