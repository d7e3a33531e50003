import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { chooseEncoding } from './encoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than the headers and CPU cost. */
export const COMPRESS_THRESHOLD_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/i;

/**
 * Compresses HTML, JSON and other text responses on the fly (brotli or gzip by Accept-Encoding).
 * Built assets are precompressed at build time and arrive here already encoded, so they pass through.
 * Brotli runs at quality 5: about gzip's speed, noticeably smaller.
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || !res.body || res.status === 204 || res.status === 206) return;
    if (res.headers.has('content-encoding')) return;
    if (!COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return;
    if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return;
    const encoding = chooseEncoding(c.req.header('accept-encoding'), ['br', 'gzip']);
    res.headers.append('vary', 'Accept-Encoding');
    if (!encoding) return;
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared < COMPRESS_THRESHOLD_BYTES) return;
    const raw = Buffer.from(await res.arrayBuffer());
    let body: Buffer = raw;
    if (raw.length >= COMPRESS_THRESHOLD_BYTES) {
      body =
        encoding === 'br'
          ? await brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : await gzipAsync(raw, { level: 6 });
    }
    const headers = new Headers(res.headers);
    if (body !== raw) headers.set('content-encoding', encoding);
    headers.set('content-length', String(body.length));
    c.res = undefined;
    c.res = new Response(new Uint8Array(body), { status: res.status, statusText: res.statusText, headers });
  };
}
