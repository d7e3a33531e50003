import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { rolloverYear } from '../src/services/year-rollover.ts';

/** "Nytt planeringsår" at Stockholm scale: the synthetic city's last year rolled into the next, on PGlite. */
export async function benchRollover() {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    await seedSynthetic(database.db);
    const ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    const start = performance.now();
    const report = await rolloverYear(ctx, { from: 2026, to: 2027 });
    const ms = Math.round(performance.now() - start);
    return { engine: database.engine, rolloverMs: ms, goals: report.goals, plans: report.plans };
  } finally {
    await database.close();
  }
}
