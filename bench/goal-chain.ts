import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { createApp } from '../src/server/app.ts';
import { exportYear } from '../src/services/export.ts';

const REQUESTS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Seeds the synthetic city on one engine and measures the plan tree request and the full-year export. */
export async function benchGoalChain(engine: 'pglite' | 'postgresql', serverUrl?: string) {
  let url: string | undefined;
  let dbName: string | undefined;
  if (engine === 'postgresql') {
    dbName = `malkedja_bench_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const database = await openDatabase(url ? { url } : { dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const seedStart = performance.now();
    const seeded = await seedSynthetic(database.db);
    const seedMs = performance.now() - seedStart;
    const { app } = createApp({ database, actor: 'bench' });
    // A few warm-up requests so the first-query planning cost is not counted as request time.
    for (const id of seeded.planIds.slice(0, 5)) await app.request(`/api/v1/plans/${id}/tree`);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const id = seeded.planIds[(i * 7919) % seeded.planIds.length]!;
      const start = performance.now();
      const res = await app.request(`/api/v1/plans/${id}/tree`);
      await res.arrayBuffer();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`plan tree answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    const exportStart = performance.now();
    const doc = await exportYear({ db: database.db, actor: 'bench', now: () => new Date() }, 2025);
    const exportMs = performance.now() - exportStart;
    return {
      engine,
      seededRows: seeded.rows,
      plans: seeded.planIds.length,
      seedMs: Math.round(seedMs),
      planTreeP50Ms: round(percentile(times, 50)),
      planTreeP95Ms: round(percentile(times, 95)),
      exportYearMs: Math.round(exportMs),
      exportYearBytes: JSON.stringify(doc).length,
      rssAfterMb: Math.round(process.memoryUsage().rss / 1e6),
    };
  } finally {
    await database.close();
    if (dbName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
