import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { buildPlanReport } from './build-plan-report.ts';
import { documentFileName } from './file-name.ts';
import type { PlanReport } from './plan-report.ts';
import { renderDocxAsync } from './render-docx-async.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'html';
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html'];

export async function renderReport(
  report: PlanReport,
  format: DocumentFormat,
  options: { chromiumPath?: string } = {},
): Promise<Uint8Array> {
  if (format === 'pdf') return renderPdf(report, options);
  if (format === 'docx') return renderDocxAsync(report);
  return new TextEncoder().encode(renderHtml(report));
}

export interface RenderAllProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * Every plan of a year (board plans first, then unit plans, in organisation order) into a folder.
 * Two documents are rendered at a time: one Chromium serves both, each in its own context.
 */
export async function renderAllPlans(
  db: Kysely<Database>,
  options: {
    year: number;
    format: DocumentFormat;
    outDir: string;
    chromiumPath?: string;
    onProgress?: (p: RenderAllProgress) => void;
  },
): Promise<string[]> {
  const plans = await db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select(['plan.id', 'organisation.kind'])
    .where('plan.year', '=', options.year)
    .orderBy(({ case: caseOf }) => caseOf().when('organisation.kind', '=', 'board').then(0).else(1).end())
    .orderBy('organisation.sortOrder')
    .orderBy('organisation.name')
    .orderBy('plan.kind')
    .execute();
  await mkdir(options.outDir, { recursive: true });
  const used = new Set<string>();
  const files: string[] = new Array(plans.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < plans.length) {
      const index = next++;
      const report = await buildPlanReport(db, plans[index]!.id);
      const file = uniqueName(documentFileName(report, options.format), used);
      const bytes = await renderReport(report, options.format, options);
      await writeFile(join(options.outDir, file), bytes);
      files[index] = file;
      options.onProgress?.({ done: ++done, total: plans.length, file });
    }
  };
  await Promise.all([worker(), worker()]);
  return files;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}
