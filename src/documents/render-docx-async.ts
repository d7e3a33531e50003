import { Worker } from 'node:worker_threads';
import type { PlanReport } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Workers do not inherit tsx's loader, so the worker registers it before importing the TypeScript module. */
function startWorker(): Worker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const module = JSON.stringify(new URL('./docx-worker.ts', import.meta.url).href);
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
    else job.reject(new Error(message.error ?? 'DOCX kunde inte skapas.'));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`DOCX-arbetaren avslutades (${code}).`)));
  return started;
}

/**
 * renderDocx on a worker thread, so a large plan does not hold up the server's other requests.
 * Where workers cannot load TypeScript (or fail), it renders on this thread instead.
 */
export async function renderDocxAsync(report: PlanReport): Promise<Uint8Array> {
  if (broken) return renderDocx(report);
  try {
    worker ??= startWorker();
    const id = ++nextId;
    const current = worker;
    const result = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
    current.ref();
    current.postMessage({ id, report });
    return await result;
  } catch {
    broken = true;
    return renderDocx(report);
  }
}

/** Stops the worker (tests and benchmarks that want a clean exit). */
export async function stopDocxWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  await current?.terminate();
}
