import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseEncoding, type Encoding } from './middleware/encoding.ts';

export const WEB_DIST = join(import.meta.dirname, '..', '..', 'dist', 'web');

/** Vite names every asset after a hash of its content, so a URL's bytes never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSET_NAME = /^[A-Za-z0-9][\w.-]*$/;
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

const NOT_BUILT =
  '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Målkedja</title></head><body><main><h1>Målkedja</h1><p>Webbgränssnittet är inte byggt. Kör <code>npm run build</code> och starta om.</p><p><a href="/api/openapi.json">API-dokumentation</a></p></main></body></html>';

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** A built asset, as the brotli or gzip file written beside it at build time when the client takes one. */
function serveAsset(c: Context, dir: string) {
  const name = c.req.param('name') ?? '';
  if (!ASSET_NAME.test(name) || name.endsWith('.br') || name.endsWith('.gz')) return c.notFound();
  const path = join(dir, 'assets', name);
  const size = fileSize(path);
  if (size === undefined) return c.notFound();
  const offered = (['br', 'gzip'] as const).filter((e) => existsSync(path + SUFFIX[e]));
  const encoding = chooseEncoding(c.req.header('accept-encoding'), offered);
  const file = encoding ? path + SUFFIX[encoding] : path;
  const headers = new Headers({
    'content-type': getMimeType(name) ?? 'application/octet-stream',
    'content-length': String(encoding ? (fileSize(file) ?? 0) : size),
    'cache-control': IMMUTABLE,
    vary: 'Accept-Encoding',
  });
  if (encoding) headers.set('content-encoding', encoding);
  if (c.req.method === 'HEAD') return new Response(null, { headers });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}

/**
 * Serves the built UI. A missing asset is 404 (a stale page must not get HTML for its script); every
 * other non-API path answers index.html, so deep links and reloads work.
 */
export function staticWebRoutes(app: Hono, dir = WEB_DIST) {
  app.get('/assets/:name', (c) => serveAsset(c, dir));
  app.all('/assets/*', (c) => c.notFound());
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const index = join(dir, 'index.html');
    c.header('cache-control', 'no-cache');
    return c.html(existsSync(index) ? readFileSync(index, 'utf8') : NOT_BUILT);
  });
}
