import { parentPort } from 'node:worker_threads';
import type { PlanReport } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';
import { type PdfStandard, renderPdf } from './render-pdf.ts';
import { evictTypstCache } from './typst-compiler.ts';

export interface DocumentJob {
  id: number;
  format: 'pdf' | 'docx';
  report: PlanReport;
  standard?: PdfStandard;
}

/** How many documents back Typst's layout cache remembers; older results are dropped, so memory stays flat. */
const CACHE_AGE = 8;

/** Lays out and packs documents off the main thread, so a large plan never holds up the server. */
parentPort?.on('message', async (job: DocumentJob) => {
  try {
    const bytes =
      job.format === 'pdf'
        ? await renderPdf(job.report, { standard: job.standard })
        : await renderDocx(job.report);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id: job.id, bytes: copy }, [copy.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  } finally {
    evictTypstCache(CACHE_AGE);
  }
});
