// Runs parseUploads on a worker thread with a time budget. Word files and large texts take seconds to
// read and parse; on the server's own thread that would hold up every other request (health included).
// A parse over budget is stopped (its worker terminated) and reported; nothing has been written then,
// since parsing comes before any database work.
import { Worker } from 'node:worker_threads';
import { AppError } from '../domain/errors.ts';
import type { ParsedFile } from './parse-plan-files.ts';
import {
  PARSE_WORKER_ROLE,
  type ParseJob,
  type ParseReply,
  parseUploads,
  type UploadedFile,
} from './parse-worker.ts';

/** Default time a parse may take before it is stopped. */
export const PARSE_BUDGET_MS = 60_000;
const MAX_IDLE = 2;

interface ParseWorker {
  worker: Worker;
  /** The job it is working on: answers and failures go to it. */
  current?: { id: number; settle: (reply: ParseReply | Error) => void };
}

const idle: ParseWorker[] = [];
let broken = false;
let answeredOnce = false;
let nextId = 0;

/** Workers do not inherit tsx's loader, so the worker registers it before importing the TypeScript module. */
function startWorker(): ParseWorker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const module = JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href);
  const worker = new Worker(
    `import(${tsx}).then(({ register }) => { register(); return import(${module}); })`,
    {
      eval: true,
      workerData: { role: PARSE_WORKER_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
    },
  );
  const entry: ParseWorker = { worker };
  const fail = (error: Error) => {
    const index = idle.indexOf(entry);
    if (index >= 0) idle.splice(index, 1);
    entry.current?.settle(error);
  };
  worker.on('message', (reply: ParseReply) => {
    if (entry.current?.id === reply.id) entry.current.settle(reply);
  });
  worker.on('error', (error: Error & { code?: string }) =>
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OutOfMemory() : new WorkerFailed(error.message)),
  );
  worker.on('exit', (code) => fail(new WorkerFailed(`arbetstråden avslutades med kod ${code}`)));
  return entry;
}

function release(entry: ParseWorker): void {
  entry.current = undefined;
  entry.worker.unref();
  if (idle.length < MAX_IDLE) idle.push(entry);
  else void entry.worker.terminate();
}

function names(files: UploadedFile[]): string {
  return files.length === 1 ? `Filen "${files[0]!.name}"` : `Filerna (${files.length} st.)`;
}

function overBudget(files: UploadedFile[], budgetMs: number): AppError {
  const seconds = Math.max(1, Math.round(budgetMs / 1000));
  return new AppError(
    'INVALID',
    `${names(files)} kunde inte läsas inom ${seconds} sekunder och importen avbröts; inget har sparats. Dela upp planerna i mindre filer, eller spara dem som text (.txt) utan bilder, och försök igen.`,
    { reason: 'parse_budget_exceeded', budgetMs },
  );
}

function crashed(files: UploadedFile[], cause: string): AppError {
  return new AppError(
    'INVALID',
    `${names(files)} kunde inte läsas (${cause}); inget har sparats. Dela upp planerna i mindre filer, eller spara dem som text (.txt) utan bilder, och försök igen.`,
    { reason: 'parse_failed' },
  );
}

export interface ParseOffThreadOptions {
  year?: number;
  /** Milliseconds the parse may take; PARSE_BUDGET_MS unless given. */
  budgetMs?: number;
}

/**
 * Reads and parses uploads on a worker thread. Throws the reader's own Swedish message for a file
 * that cannot be imported, and a Swedish message when the parse runs over its budget or the worker dies.
 * Where workers cannot load the TypeScript sources, it parses on this thread instead.
 */
export async function parseUploadsOffThread(
  files: UploadedFile[],
  options: ParseOffThreadOptions = {},
): Promise<ParsedFile[]> {
  if (broken) return parseUploads(files, options.year);
  const entry = idle.pop() ?? startWorker();
  const budgetMs = options.budgetMs ?? PARSE_BUDGET_MS;
  const id = ++nextId;
  try {
    return await new Promise<ParsedFile[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        entry.current = undefined;
        void entry.worker.terminate();
        reject(overBudget(files, budgetMs));
      }, budgetMs);
      entry.current = {
        id,
        settle: (reply) => {
          clearTimeout(timer);
          if (reply instanceof Error) {
            entry.current = undefined;
            void entry.worker.terminate();
            reject(reply);
            return;
          }
          answeredOnce = true;
          release(entry);
          if ('parsed' in reply) resolve(reply.parsed);
          else if (reply.error.code)
            reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
          else reject(new Error(reply.error.message));
        },
      };
      entry.worker.ref();
      entry.worker.postMessage({ id, files, year: options.year } satisfies ParseJob);
    });
  } catch (error) {
    if (error instanceof OutOfMemory) throw crashed(files, 'den kräver för mycket minne');
    if (!(error instanceof WorkerFailed)) throw error;
    if (answeredOnce) throw crashed(files, error.message);
    // Workers never worked here (no TypeScript loader in them): parse on this thread, as before.
    broken = true;
    return parseUploads(files, options.year);
  }
}

class WorkerFailed extends Error {}
class OutOfMemory extends Error {}

/** Stops the idle parse workers (tests and benchmarks that want a clean exit). */
export async function stopParseWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((entry) => entry.worker.terminate()));
}
