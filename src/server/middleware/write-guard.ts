import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths that also take file uploads as multipart/form-data. */
const MULTIPART_PATHS = new Set([
  '/api/v1/imports',
  '/api/v1/municipality/logo',
  '/api/v1/organisations/import',
  '/api/v1/outcomes/import',
]);

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A write a browser sent on behalf of another site: the browser says so in Sec-Fetch-Site or Origin. */
export function isCrossSite(headers: {
  secFetchSite?: string;
  origin?: string;
  host?: string;
  publicUrl?: string;
}): boolean {
  const site = headers.secFetchSite?.trim().toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.origin?.trim();
  if (!origin) return false;
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  if (headers.publicUrl && originHost === new URL(headers.publicUrl).host.toLowerCase()) return false;
  return originHost !== (headers.host ?? '').trim().toLowerCase();
}

/**
 * Cross-site request forgery guard for every write (POST, PUT, PATCH, DELETE): a cross-site write is
 * refused (403), and the body must be JSON (imports: multipart too), which no plain HTML form can send.
 */
export function writeGuard(options: { publicUrl?: string }): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const crossSite = isCrossSite({
      secFetchSite: c.req.header('sec-fetch-site'),
      origin: c.req.header('origin'),
      host: c.req.header('host') ?? new URL(c.req.url).host,
      publicUrl: options.publicUrl,
    });
    if (crossSite) {
      return c.json(
        {
          code: 'FORBIDDEN',
          message:
            'Ändringen skickades från en annan webbplats och stoppades. Gör ändringen direkt i Målkedja.',
        },
        403,
      );
    }
    const type = mediaType(c.req.header('content-type'));
    const multipartAllowed = MULTIPART_PATHS.has(c.req.path);
    if (type === 'application/json' || (multipartAllowed && type === 'multipart/form-data')) return next();
    return c.json(
      {
        code: 'INVALID',
        message: multipartAllowed
          ? 'Skicka filerna som formulär (Content-Type: multipart/form-data) eller som JSON (Content-Type: application/json).'
          : 'Skicka ändringar som JSON med rubriken Content-Type: application/json, även när förfrågan saknar innehåll.',
      },
      415,
    );
  };
}
