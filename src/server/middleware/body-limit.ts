import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_PLAN_FILE_BYTES } from '../../importers/read-plan-file.ts';

export const MAX_JSON_BYTES = 1024 * 1024;
/** Imports take whole Word files; the importer enforces the same cap per file. */
export const MAX_IMPORT_BYTES = MAX_PLAN_FILE_BYTES;
/** File uploads: plan imports, the letterhead logo and the organisation register (each checks its own cap). */
const UPLOAD_PATHS = new Set([
  '/api/v1/imports',
  '/api/v1/municipality/logo',
  '/api/v1/organisations/import',
  '/api/v1/outcomes/import',
]);

function tooLarge(c: Context, message: string) {
  // The rest of the body is never read; closing the connection stops the client from sending it.
  c.header('connection', 'close');
  return c.json({ code: 'INVALID', message }, 413);
}

const jsonLimit = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: (c) =>
    tooLarge(c, 'Förfrågan är större än 1 MB. Dela upp ändringen i mindre delar eller korta texten.'),
});
const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: (c) =>
    tooLarge(
      c,
      'Uppladdningen är större än 20 MB. Ladda upp färre filer åt gången eller spara planen som text utan bilder.',
    ),
});

/**
 * Caps request bodies: 1 MB for JSON, 20 MB for imports. A declared Content-Length over the limit is refused
 * at once; a chunked body is counted while it streams in and refused as soon as it passes the limit.
 */
export function limitBodies(): MiddlewareHandler {
  return (c, next) => (UPLOAD_PATHS.has(c.req.path) ? importLimit(c, next) : jsonLimit(c, next));
}
