import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { STOCKHOLM_SCALE, seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { outcomeTable } from '../src/importers/outcome-file.ts';
import { writeCsv } from '../src/importers/spreadsheet.ts';
import type { Ctx } from '../src/services/context.ts';
import { getDashboard } from '../src/services/dashboard.ts';
import { listExportRows } from '../src/services/outcome-export.ts';
import { importOutcomes } from '../src/services/outcome-import.ts';
import { getRollup } from '../src/services/rollup.ts';

const IMPORT_ROWS = 100_000;

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]! * 10) / 10;
}
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Follow-up at Stockholm scale (1,500 units, three years of outcomes for 40 indicators in every period,
 * gender-split where due): one indicator rolled up for one board and period, the city's dashboard for
 * one period, and 100,000 outcome rows imported from CSV.
 */
export async function benchFollowUp(engine: 'pglite' | 'postgresql', serverUrl?: string) {
  let dbName: string | undefined;
  let url: string | undefined;
  if (engine === 'postgresql') {
    dbName = `malkedja_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await admin(serverUrl!, `create database ${dbName}`);
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const database = await openDatabase(url ? { url } : { dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const seedStart = performance.now();
    const seeded = await seedSynthetic(database.db, STOCKHOLM_SCALE);
    const seedMs = Math.round(performance.now() - seedStart);
    const ctx: Ctx = { db: database.db, actor: 'bench', now: () => new Date('2027-03-01T10:00:00Z') };
    const boards = await ctx.db.selectFrom('organisation').select('id').where('kind', '=', 'board').execute();
    const indicators = (
      await ctx.db.selectFrom('outcome').select('indicatorId').distinct().where('year', '=', 2026).execute()
    ).map((r) => r.indicatorId);

    const rollupTimes: number[] = [];
    for (let i = 0; i < 105; i++) {
      const ms = await time(() =>
        getRollup(ctx, {
          indicatorId: indicators[i % indicators.length]!,
          organisationId: boards[i % boards.length]!.id,
          year: 2026,
          period: 'VB',
        }),
      );
      if (i >= 5) rollupTimes.push(ms);
    }
    // The first request adds up every value (and fills the roll-up cache); the rest read the cache, as every
    // request does until an outcome or the tree changes. Both are reported.
    const dashboardTimes: number[] = [];
    let dashboardColdMs = 0;
    for (let i = 0; i < 22; i++) {
      const ms = await time(() =>
        getDashboard(ctx, { organisationId: seeded.cityId, year: 2026, period: 'VB' }),
      );
      if (i === 0) dashboardColdMs = Math.round(ms);
      if (i >= 2) dashboardTimes.push(ms);
    }
    const rows = (await listExportRows(ctx, 2026)).slice(0, IMPORT_ROWS);
    const csv = writeCsv(outcomeTable(rows));
    const importStart = performance.now();
    const report = await importOutcomes(ctx, csv, { year: 2027 });
    const importMs = performance.now() - importStart;
    if (report.errors.length > 0 || report.created !== rows.length) {
      throw new Error(`Importen gav ${report.created} nya rader och ${report.errors.length} fel`);
    }
    return {
      engine: database.engine,
      seedMs,
      outcomes: seeded.outcomes,
      rollupP95Ms: p95(rollupTimes),
      rollupMedianMs: Math.round(median(rollupTimes) * 10) / 10,
      dashboardP95Ms: p95(dashboardTimes),
      dashboardMedianMs: Math.round(median(dashboardTimes) * 10) / 10,
      dashboardColdMs,
      importRows: rows.length,
      importCsvBytes: csv.byteLength,
      importMs: Math.round(importMs),
      importRowsPerSecond: Math.round(rows.length / (importMs / 1000)),
    };
  } finally {
    await database.close();
    if (dbName) await admin(serverUrl!, `drop database if exists ${dbName} with (force)`);
  }
}

async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
