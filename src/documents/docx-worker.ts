import { parentPort } from 'node:worker_threads';
import type { PlanReport } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';

/** Renders DOCX off the main thread, so packing a large plan does not hold up the server. */
parentPort?.on('message', async (message: { id: number; report: PlanReport }) => {
  try {
    const bytes = await renderDocx(message.report);
    parentPort!.postMessage({ id: message.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
