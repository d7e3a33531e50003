// Import bench: parse and import time per plan and for all shared seed plans on an in-memory PGlite,
// plus the second (idempotent, nothing written) import. Milliseconds; the runner prints them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { importPlanFiles } from '../src/importers/import-files.ts';
import { importPlan } from '../src/importers/import-plan.ts';
import { parsePlanText } from '../src/importers/parse-plan-text.ts';

const SEEDS = '/work/shared/seeds';
const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'import');

function inputs(): { name: string; text: string }[] {
  const dir = existsSync(SEEDS) ? SEEDS : FIXTURES;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function freshCtx() {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  return { handle, ctx: { db: handle.db, actor: 'bench', now: () => new Date() } };
}

export async function benchImport(): Promise<Record<string, number>> {
  const files = inputs();
  const out: Record<string, number> = { files: files.length };
  const { handle, ctx } = await freshCtx();
  try {
    let plans = 0;
    for (const file of files) {
      let start = performance.now();
      const parsed = parsePlanText(file.text);
      out[`parseMs.${file.name}`] = round(performance.now() - start);
      for (const [k, plan] of parsed.plans.entries()) {
        const label = `${file.name}#${k + 1}`;
        start = performance.now();
        await importPlan(ctx, plan, { planIndex: plans });
        out[`importMs.${label}`] = round(performance.now() - start);
        start = performance.now();
        await importPlan(ctx, plan, { planIndex: plans });
        out[`reimportMs.${label}`] = round(performance.now() - start);
        plans++;
      }
    }
    out.plans = plans;
  } finally {
    await handle.close();
  }
  const all = await freshCtx();
  try {
    let start = performance.now();
    await importPlanFiles(all.ctx, files);
    out.allSeedsImportMs = round(performance.now() - start);
    start = performance.now();
    await importPlanFiles(all.ctx, files, { dryRun: true });
    out.allSeedsDryRunAfterImportMs = round(performance.now() - start);
  } finally {
    await all.handle.close();
  }
  return out;
}
