import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { importParsedFiles } from '../../importers/import-files.ts';
import { parseUploadsOffThread } from '../../importers/parse-off-thread.ts';
import type { UploadedFile } from '../../importers/parse-worker.ts';
import { assertCan } from '../../services/authz.ts';
import { importEndpoints } from '../../shared/endpoints/import.ts';
import { parseWith } from '../../shared/parse.ts';
import { type Api, route } from '../api.ts';

const MAX_FILES = 50;

const TextUpload = z.object({
  name: z.string().trim().min(1).max(200).default('plan.txt'),
  text: z.string({ error: 'Skicka planens text i fältet text.' }),
});
const JsonUpload = z.union([TextUpload, z.object({ files: z.array(TextUpload).min(1).max(MAX_FILES) })]);

/** The uploaded files as bytes; reading and parsing them happens off the server's thread. */
async function readUploads(c: Context): Promise<UploadedFile[]> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true }).catch(() => {
      throw new AppError('INVALID', 'Uppladdningen kunde inte läsas. Välj filerna på nytt och försök igen.');
    });
    const uploads = Object.values(form)
      .flat()
      .filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
    if (uploads.length === 0)
      throw new AppError('INVALID', 'Välj minst en fil (.docx eller .txt) att importera.');
    if (uploads.length > MAX_FILES) {
      throw new AppError('INVALID', `Högst ${MAX_FILES} filer kan importeras åt gången.`);
    }
    const files: UploadedFile[] = [];
    for (const upload of uploads) {
      files.push({ name: upload.name || 'plan', bytes: new Uint8Array(await upload.arrayBuffer()) });
    }
    return files;
  }
  const raw = await c.req.text();
  if (raw.trim() === '') {
    throw new AppError('INVALID', 'Skicka filerna som formulär (multipart) eller JSON med name och text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('INVALID', 'Förfrågan innehåller ogiltig JSON. Skicka { "name": …, "text": … }.');
  }
  const body = parseWith(JsonUpload, json, 'body');
  const list = 'files' in body ? body.files : [body];
  return list.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
}

export interface ImportRouteOptions {
  /** Milliseconds reading and parsing one upload may take (PARSE_BUDGET_MS unless given). */
  parseBudgetMs?: number;
}

/** POST /api/v1/imports: legacy plans (Word or text) into the goal chain; ?dryRun=1 previews. */
export function importRoutes(api: Api, options: ImportRouteOptions = {}) {
  route(api, importEndpoints.importPlans, async ({ ctx, query, c }) => {
    // Refused before the upload is read or parsed: nobody learns anything about a file they may not import.
    await assertCan(ctx, 'import.run', { organisationId: query.organisationId ?? null });
    const files = await readUploads(c);
    const parsed = await parseUploadsOffThread(files, {
      year: query.year,
      budgetMs: options.parseBudgetMs,
    });
    const result = await importParsedFiles(ctx, parsed, {
      dryRun: query.dryRun,
      year: query.year,
      organisationId: query.organisationId,
      onCollision: query.onCollision,
    });
    const failed = result.report.plans.filter((p) => p.status === 'failed');
    if (failed.length > 0 && failed.length === result.report.plans.length) {
      throw new AppError('INVALID', failed[0]!.error ?? 'Planen kunde inte importeras.', {
        report: result.report,
      });
    }
    return result;
  });
}
