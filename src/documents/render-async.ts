import { Worker } from 'node:worker_threads';
import type { DocumentJob } from './document-worker.ts';
import type { PlanReport } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';
import { type PdfStandard, renderPdf } from './render-pdf.ts';

/** The worker itself failed (could not load, crashed): the document is then rendered on this thread. */
class WorkerFailed extends Error {}

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Workers do not inherit tsx's loader, so the worker registers it before importing the TypeScript module. */
function startWorker(): Worker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const module = JSON.stringify(new URL('./document-worker.ts', import.meta.url).href);
  const started = new Worker(
    `import(${tsx}).then(({ register }) => { register(); return import(${module}); });`,
    {
      eval: true,
    },
  );
  started.unref();
  started.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if (!job) return;
    if (message.bytes) job.resolve(new Uint8Array(message.bytes));
    else job.reject(new Error(message.error ?? 'Dokumentet kunde inte skapas.'));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on('error', (error) => fail(new WorkerFailed(error.message)));
  started.on('exit', (code) => fail(new WorkerFailed(`Dokumentarbetaren avslutades (${code}).`)));
  return started;
}

/** renderDocx on the document worker thread. */
export function renderDocxAsync(report: PlanReport): Promise<Uint8Array> {
  return onWorker({ format: 'docx', report }, () => renderDocx(report));
}

/** renderPdf on the document worker thread: Typst's layout never blocks the server's other requests. */
export function renderPdfAsync(
  report: PlanReport,
  options: { standard?: PdfStandard } = {},
): Promise<Uint8Array> {
  return onWorker({ format: 'pdf', report, standard: options.standard }, () => renderPdf(report, options));
}

/** Where workers cannot load TypeScript (or fail to start), the document is rendered on this thread instead. */
async function onWorker(job: Omit<DocumentJob, 'id'>, here: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (broken) return here();
  let current: Worker;
  try {
    worker ??= startWorker();
    current = worker;
  } catch {
    broken = true;
    return here();
  }
  const id = ++nextId;
  const result = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
  current.ref();
  current.postMessage({ ...job, id } satisfies DocumentJob);
  try {
    return await result;
  } catch (error) {
    if (!(error instanceof WorkerFailed)) throw error;
    broken = true;
    return here();
  }
}

/** Stops the worker (tests and benchmarks that want a clean exit). */
export async function stopDocumentWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  await current?.terminate();
}
