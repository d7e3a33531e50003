import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { listPlanIdsOfYear } from '../db/repos/plan.ts';
import type { Database } from '../db/schema.ts';
import { REPORT_PERIOD_KIND, type ReportPeriod } from '../shared/vocabulary.ts';
import { buildFollowUpReport } from './build-follow-up-report.ts';
import { buildPlanReport } from './build-plan-report.ts';
import { documentFileName } from './file-name.ts';
import type { PlanReport } from './plan-report.ts';
import { renderDocxAsync, renderPdfAsync } from './render-async.ts';
import { renderHtml } from './render-html.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'html';
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html'];

export async function renderReport(report: PlanReport, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'pdf') return renderPdfAsync(report);
  if (format === 'docx') return renderDocxAsync(report);
  return new TextEncoder().encode(renderHtml(report));
}

export interface RenderAllProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * Every plan of a year, or every T1/T2/VB report of a period (board plans first, then unit plans, in organisation order) into a folder.
 * One document at a time through the one document worker (one Typst compiler, its layout cache
 * trimmed after every document): each is written to disk before the next is built, so memory stays
 * flat however many plans.
 */
export async function renderAllPlans(
  db: Kysely<Database>,
  options: {
    year: number;
    /** T1, T2 or VB: the period's follow-up reports instead of the plans. */
    period?: ReportPeriod;
    format: DocumentFormat;
    outDir: string;
    onProgress?: (p: RenderAllProgress) => void;
  },
): Promise<string[]> {
  const { period } = options;
  const planIds = await listPlanIdsOfYear(db, options.year, period ? REPORT_PERIOD_KIND[period] : 'plan');
  await mkdir(options.outDir, { recursive: true });
  const used = new Set<string>();
  const files: string[] = [];
  for (const planId of planIds) {
    const report = period ? await buildFollowUpReport(db, planId) : await buildPlanReport(db, planId);
    const file = uniqueName(documentFileName(report, options.format), used);
    await writeFile(join(options.outDir, file), await renderReport(report, options.format));
    files.push(file);
    options.onProgress?.({ done: files.length, total: planIds.length, file });
  }
  return files;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}
