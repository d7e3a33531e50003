// npm run bench load: many editors at once. The synthetic city (Stockholm scale) is served over real
// HTTP on a loopback port by a server on its own thread; 200 virtual editors each loop: open a random
// unit's plan tree, every fifth time PATCH one of its sections (with its version, re-reading on 409),
// think 0.5–1.5 s; for 60 s. A lost update is a PATCH answered 2xx whose content is not there
// afterwards: checked at the end against every section that was written.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { closeConnections, type HttpAnswer, request } from './http-client.ts';
import type { LoadServerData, LoadServerMessage } from './load-server.ts';

const EDITORS = Number(process.env.LOAD_EDITORS ?? 200);
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000;
const YEAR = 2025;
const MAX_RETRIES = 5;

interface Section {
  id: string;
  body: string;
  version: number;
}

interface Stats {
  reads: number[];
  writes: number[];
  errors: string[];
  conflicts: number;
  /** Every PATCH answered 2xx: section, the version it produced, the content it wrote. */
  acknowledged: { sectionId: string; planId: string; version: number; body: string }[];
}

let sessionCookie = '';
type Init = Parameters<typeof request>[1];
/** Sends the load server's admin session with a request. */
function withSession(init: Init = {}): Init {
  return { ...init, headers: { ...init.headers, cookie: sessionCookie } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(stats: number[], url: string, init?: Init): Promise<HttpAnswer> {
  const start = performance.now();
  const { status, text } = await request(url, withSession(init));
  stats.push(performance.now() - start);
  return { status, text };
}

function startServer(
  data: Omit<LoadServerData, 'role'>,
): Promise<{ worker: Worker; ready: LoadServerMessage }> {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const module = JSON.stringify(new URL('./load-server.ts', import.meta.url).href);
  const worker = new Worker(
    `import(${tsx}).then(({ register }) => { register(); return import(${module}); })`,
    {
      eval: true,
      workerData: { role: 'malkedja-load-server', ...data } satisfies LoadServerData,
    },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (ready: LoadServerMessage) => resolve({ worker, ready }));
    worker.once('error', reject);
  });
}

async function editor(n: number, base: string, planIds: string[], until: number, stats: Stats) {
  let round = 0;
  await sleep(Math.random() * 1000);
  while (performance.now() < until) {
    round++;
    const planId = planIds[Math.floor(Math.random() * planIds.length)]!;
    try {
      const tree = await timed(stats.reads, `${base}/api/v1/plans/${planId}/tree`);
      if (tree.status !== 200) stats.errors.push(`GET tree ${tree.status}`);
      else if (round % 5 === 0) await edit(n, round, base, planId, JSON.parse(tree.text).sections, stats);
    } catch (error) {
      stats.errors.push(`nätverk: ${(error as Error).message}`);
    }
    await sleep(500 + Math.random() * 1000);
  }
}

async function edit(
  n: number,
  round: number,
  base: string,
  planId: string,
  sections: Section[],
  stats: Stats,
) {
  let section = sections[Math.floor(Math.random() * sections.length)];
  if (!section) return;
  const body = `Redigerat av redaktör ${n}, varv ${round} (${randomUUID().slice(0, 8)}).`;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const res = await timed(stats.writes, `${base}/api/v1/sections/${section.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body, version: section.version }),
    });
    if (res.status === 200) {
      const saved = JSON.parse(res.text) as Section;
      stats.acknowledged.push({ sectionId: section.id, planId, version: saved.version, body });
      return;
    }
    if (res.status !== 409) {
      stats.errors.push(`PATCH ${res.status}: ${res.text.slice(0, 200)}`);
      return;
    }
    stats.conflicts++;
    const fresh = await timed(stats.reads, `${base}/api/v1/plans/${planId}/sections`);
    section = (JSON.parse(fresh.text) as Section[]).find((s) => s.id === section!.id);
    if (!section) return;
  }
  stats.errors.push(`PATCH gav upp efter ${MAX_RETRIES} konflikter`);
}

/** Acknowledged writes that are not in the stored state: a duplicate version, or a newest write not stored. */
async function countLostUpdates(base: string, stats: Stats): Promise<number> {
  const bySection = new Map<string, Stats['acknowledged']>();
  for (const w of stats.acknowledged) bySection.set(w.sectionId, [...(bySection.get(w.sectionId) ?? []), w]);
  let lost = 0;
  for (const [sectionId, writes] of bySection) {
    const versions = new Set(writes.map((w) => w.version));
    lost += writes.length - versions.size;
    const newest = writes.reduce((a, b) => (b.version > a.version ? b : a));
    const res = await request(`${base}/api/v1/plans/${newest.planId}/sections`, withSession());
    const stored = (JSON.parse(res.text) as Section[]).find((s) => s.id === sectionId);
    if (!stored || stored.body !== newest.body || stored.version !== newest.version) lost++;
  }
  return lost;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number) => Math.round(n * 10) / 10;

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** One load run against a freshly seeded synthetic city on the engine. */
export async function benchLoad(engine: 'pglite' | 'postgresql', serverUrl?: string) {
  const data: Omit<LoadServerData, 'role'> = { year: YEAR };
  let dbName: string | undefined;
  if (engine === 'postgresql') {
    dbName = `malkedja_load_${randomUUID().slice(0, 8)}`;
    await adminQuery(serverUrl!, `create database ${dbName}`);
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    data.url = u.toString();
  } else data.dataDir = mkdtempSync(join(tmpdir(), 'malkedja-load-'));
  const { worker, ready } = await startServer(data);
  try {
    if ('error' in ready) throw new Error(ready.error);
    const base = `http://127.0.0.1:${ready.port}`;
    sessionCookie = ready.cookie;
    const stats: Stats = { reads: [], writes: [], errors: [], conflicts: 0, acknowledged: [] };
    const start = performance.now();
    const until = start + DURATION_MS;
    await Promise.all(
      Array.from({ length: EDITORS }, (_, n) => editor(n, base, ready.planIds, until, stats)),
    );
    const seconds = (performance.now() - start) / 1000;
    const all = [...stats.reads, ...stats.writes];
    return {
      engine,
      editors: EDITORS,
      seconds: round(seconds),
      seedMs: ready.seedMs,
      requests: all.length,
      requestsPerSecond: round(all.length / seconds),
      p50Ms: round(percentile(all, 50)),
      p95Ms: round(percentile(all, 95)),
      p99Ms: round(percentile(all, 99)),
      readP95Ms: round(percentile(stats.reads, 95)),
      writes: stats.writes.length,
      writeP95Ms: round(percentile(stats.writes, 95)),
      writeP99Ms: round(percentile(stats.writes, 99)),
      writeMaxMs: round(Math.max(0, ...stats.writes)),
      conflicts: stats.conflicts,
      errors: stats.errors.length,
      firstErrors: [...new Set(stats.errors)].slice(0, 5),
      lostUpdates: await countLostUpdates(base, stats),
    };
  } finally {
    closeConnections();
    worker.postMessage('stop');
    await new Promise((resolve) => {
      worker.once('message', resolve);
      setTimeout(resolve, 10_000).unref();
    });
    await worker.terminate();
    if (dbName) await adminQuery(serverUrl!, `drop database if exists ${dbName} with (force)`);
    if (data.dataDir) rmSync(data.dataDir, { recursive: true, force: true });
  }
}
