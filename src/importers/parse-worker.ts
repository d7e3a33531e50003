// The worker thread's side of parseUploadsOffThread: reads each upload (Word → text, text decoding) and
// parses and checks every plan, so a large or pathological file never holds up the server's requests.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../domain/errors.ts';
import { type ParsedFile, parsePlanFiles } from './parse-plan-files.ts';
import { readPlanFile } from './read-plan-file.ts';

export const PARSE_WORKER_ROLE = 'malkedja-plan-parser';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ParseJob {
  id: number;
  files: UploadedFile[];
  year?: number;
}

export type ParseReply =
  | { id: number; parsed: ParsedFile[] }
  | { id: number; error: { message: string; code?: ErrorCode; details?: Record<string, unknown> } };

/** Reads and parses the uploads of one import; the same steps whether on a worker or this thread. */
export async function parseUploads(files: UploadedFile[], year?: number): Promise<ParsedFile[]> {
  const texts = [];
  for (const file of files) texts.push({ name: file.name, text: await readPlanFile(file.bytes, file.name) });
  return parsePlanFiles(texts, year);
}

async function answer(job: ParseJob): Promise<ParseReply> {
  try {
    return { id: job.id, parsed: await parseUploads(job.files, job.year) };
  } catch (error) {
    if (error instanceof AppError) {
      return { id: job.id, error: { message: error.message, code: error.code, details: error.details } };
    }
    return { id: job.id, error: { message: (error as Error).message } };
  }
}

if (parentPort && workerData?.role === PARSE_WORKER_ROLE) {
  const port = parentPort;
  port.on('message', async (job: ParseJob) => port.postMessage(await answer(job)));
}
