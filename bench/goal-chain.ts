import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { exportYear } from '../src/services/export.ts';
import { createSignedInApp } from '../test/helpers/auth.ts';

const REQUESTS = 200;
type Target = { url?: string; dataDir?: string };

/**
 * Seeds the synthetic city in one process, then serves it from a second, fresh process so the reported
 * server RSS is what a running server holds, not what seeding left behind.
 */
export function benchGoalChain(engine: 'pglite' | 'postgresql', serverUrl?: string) {
  const target: Target = {};
  let dbName: string | undefined;
  if (engine === 'postgresql') {
    dbName = `malkedja_bench_${randomUUID().slice(0, 8)}`;
    psql(serverUrl!, `create database ${dbName}`);
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    target.url = u.toString();
  } else {
    target.dataDir = mkdtempSync(join(tmpdir(), 'malkedja-bench-'));
  }
  try {
    const seed = child('seed', target);
    const serve = child('serve', target);
    return { engine, ...seed, ...serve };
  } finally {
    if (dbName) psql(serverUrl!, `drop database if exists ${dbName} with (force)`);
    if (target.dataDir) rmSync(target.dataDir, { recursive: true, force: true });
  }
}

function child(phase: 'seed' | 'serve', target: Target): Record<string, unknown> {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, phase, JSON.stringify(target)],
    {
      encoding: 'utf8',
      maxBuffer: 10_000_000,
    },
  );
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${phase} misslyckades: ${result.stderr.slice(-2000)}`);
  }
}

function psql(url: string, statement: string) {
  const result = spawnSync(
    process.execPath,
    [
      '-e',
      `const pg=require('pg');const c=new pg.Client(${JSON.stringify(url)});c.connect().then(()=>c.query(${JSON.stringify(statement)})).then(()=>c.end())`,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
}

async function seedPhase(target: Target) {
  const database = await openDatabase(target);
  await migrateToLatest(database.db);
  const start = performance.now();
  const seeded = await seedSynthetic(database.db);
  const seedMs = Math.round(performance.now() - start);
  await database.close();
  return { seededRows: seeded.rows, plans: seeded.planIds.length, seedMs, seedPeakRssMb: peakRss() };
}

async function servePhase(target: Target) {
  const database = await openDatabase(target);
  const { app } = await createSignedInApp({ database, actor: 'bench' });
  const plans = await database.db.selectFrom('plan').select('id').orderBy('id').execute();
  // A few warm-up requests so first-query planning is not counted as request time.
  for (const plan of plans.slice(0, 5)) await app.request(`/api/v1/plans/${plan.id}/tree`);
  const times: number[] = [];
  const bytes: number[] = [];
  // The server's own CPU per tree (this process: routing, authz, JSON), which the machine's load inflates far
  // less than wall time; the database's CPU is in another process on PostgreSQL and in this one on PGlite.
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) {
    const id = plans[(i * 7919) % plans.length]!.id;
    const start = performance.now();
    const res = await app.request(`/api/v1/plans/${id}/tree`);
    bytes.push((await res.arrayBuffer()).byteLength);
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`plan tree answered ${res.status}`);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const serverRssMb = Math.round(process.memoryUsage().rss / 1e6);
  const exportStart = performance.now();
  const doc = await exportYear({ db: database.db, actor: 'bench', now: () => new Date() }, 2025);
  const exportYearMs = Math.round(performance.now() - exportStart);
  await database.close();
  return {
    planTreeP50Ms: round(percentile(times, 50)),
    planTreeP95Ms: round(percentile(times, 95)),
    planTreeCpuMs: round((cpu.user + cpu.system) / 1000 / REQUESTS),
    // Median size of an unencoded plan tree response (what the editor receives per plan opened).
    planTreeBytes: bytes.sort((a, b) => a - b)[Math.floor(bytes.length / 2)],
    serverRssAfterRequestsMb: serverRssMb,
    exportYearMs,
    exportYearMb: round(JSON.stringify(doc).length / 1e6),
    servePeakRssMb: peakRss(),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number) => Math.round(n * 100) / 100;
const peakRss = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (process.argv[1] === import.meta.filename) {
  const [phase, json] = process.argv.slice(2);
  const target = JSON.parse(json ?? '{}') as Target;
  const result = phase === 'seed' ? await seedPhase(target) : await servePhase(target);
  console.log(JSON.stringify(result));
  process.exit(0);
}
