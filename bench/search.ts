import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { searchYearContent } from '../src/services/search.ts';

// Words of the goal chain and plan text, in other forms than they are written (stemming does the rest),
// a phrase and an exclusion, as people type them.
const QUERIES = [
  'brukarna',
  'uppdraget',
  'enhetens aktiviteter',
  'utvecklingsområde',
  'trygghet',
  'medarbetare',
  '"enhetens uppdrag"',
  'verksamhet -utveckling',
  'indikatorerna',
  'organisationsbeskrivningen',
];

/** The search box at Stockholm scale (the synthetic city, PGlite): p95 over repeated queries. */
export async function benchSearch(rounds = 5) {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    await seedSynthetic(database.db);
    const ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    await searchYearContent(ctx, 2026, QUERIES[0]!);
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < rounds; round++) {
      for (const q of QUERIES) {
        const start = performance.now();
        hits += (await searchYearContent(ctx, 2026, q)).hits.length;
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
    return {
      engine: database.engine,
      queries: times.length,
      hits,
      searchP50Ms: p(0.5),
      searchP95Ms: p(0.95),
    };
  } finally {
    await database.close();
  }
}
