import type { Context } from 'hono';
import { AppError } from '../../domain/errors.ts';
import {
  exportOrganisationRegister,
  importOrganisationRegister,
} from '../../services/organisation-register.ts';
import { organisationEndpoints as e } from '../../shared/endpoints/organisation.ts';
import { type Api, route } from '../api.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The register file from a form upload (field "file") or JSON { text } holding CSV. */
async function readRegisterUpload(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? '';
  let bytes: Uint8Array | undefined;
  if (type.includes('multipart/form-data')) {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = form.file;
    if (file instanceof File) bytes = new Uint8Array(await file.arrayBuffer());
  } else {
    const json = (await c.req.json().catch(() => null)) as { text?: unknown } | null;
    if (typeof json?.text === 'string') bytes = new TextEncoder().encode(json.text);
  }
  if (!bytes || bytes.byteLength === 0)
    throw new AppError('INVALID', 'Välj registerfilen (CSV eller XLSX) och skicka den som fältet "file".', {
      fields: { file: 'Välj en CSV- eller XLSX-fil.' },
    });
  if (bytes.byteLength > MAX_BYTES)
    throw new AppError(
      'INVALID',
      'Registerfilen får vara högst 5 MB. Dela upp den och läs in delarna var för sig.',
      {
        fields: { file: 'Högst 5 MB.' },
      },
    );
  return bytes;
}

/** Registered before /organisations/:id so "export" and "import" are not read as ids. */
export function organisationRegisterRoutes(api: Api) {
  route(api, e.exportOrganisations, async ({ ctx, query }) => {
    const bytes = await exportOrganisationRegister(ctx, query.format);
    const date = ctx.now().toISOString().slice(0, 10);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': TYPES[query.format],
        'content-length': String(bytes.byteLength),
        'content-disposition': `attachment; filename="organisationsregister-${date}.${query.format}"`,
        'cache-control': 'no-store',
      },
    });
  });
  route(api, e.importOrganisations, async ({ ctx, query, c }) => {
    const report = await importOrganisationRegister(ctx, await readRegisterUpload(c), {
      dryRun: query.dryRun,
    });
    if (report.errors.length > 0) {
      const n = report.errors.length;
      throw new AppError(
        'INVALID',
        `Filen har ${n} fel. Inget har sparats; rätta raderna och läs in filen igen.`,
        { report },
      );
    }
    return report;
  });
}
