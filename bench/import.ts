// Import bench: parse and import time per plan and for all shared seed plans on an in-memory PGlite,
// plus the second (idempotent, nothing written) import. Milliseconds; the runner prints them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { importPlanFiles } from '../src/importers/import-files.ts';
import { importPlan } from '../src/importers/import-plan.ts';
import { stopParseWorkers } from '../src/importers/parse-off-thread.ts';
import { parsePlanText } from '../src/importers/parse-plan-text.ts';
import { createSignedInApp } from '../test/helpers/auth.ts';

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
  Object.assign(out, await healthDuringImport());
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

/**
 * Health while a large upload (the fixture plan plus 40 000 paragraphs, ~2.7 MB) is read, parsed and
 * previewed: the slowest health answer seen while the import ran, asking every 20 ms.
 */
async function healthDuringImport(): Promise<Record<string, number>> {
  const { handle } = await freshCtx();
  try {
    const { app } = await createSignedInApp({ database: handle, actor: 'bench' });
    const plan = readFileSync(join(FIXTURES, 'plan-2025-dnr.txt'), 'utf8');
    const filler = Array.from({ length: 40_000 }, (_, i) => `Stycke ${i} om verksamheten och årets mål.\n`);
    const form = new FormData();
    form.append('files', new File([`${plan}\n\n${filler.join('\n')}`], 'stor-plan.txt'));
    let done = false;
    const start = performance.now();
    const running = Promise.resolve(app.request('/api/v1/imports?dryRun=1', { method: 'POST', body: form }));
    void running.finally(() => {
      done = true;
    });
    const health: number[] = [];
    while (!done) {
      const asked = performance.now();
      const res = await app.request('/api/v1/health');
      await res.arrayBuffer();
      health.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const status = (await running).status;
    return {
      bigUploadImportMs: round(performance.now() - start),
      bigUploadStatus: status,
      healthAnswersDuringImport: health.length,
      healthMaxMsDuringImport: round(Math.max(0, ...health)),
    };
  } finally {
    await stopParseWorkers();
    await handle.close();
  }
}
