import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { countMatrixCells } from '../src/server/authz-matrix-scope.ts';
import { createPlanSection } from '../src/services/plan-section.ts';
import { endpoints } from '../src/shared/endpoints/index.ts';
import { createSignedInApp } from '../test/helpers/auth.ts';
import { addUnitGoal, buildMunicipality } from '../test/helpers/factories.ts';

/**
 * The cost of authorization on GET /api/v1/plans/:id/tree (PGlite, in process). The same draft unit plan is
 * read by a unit writer of that unit and by a whole-municipality admin through the same app: both requests
 * carry a session cookie, so both pay the same session lookup and tree build; only the authorization path
 * differs (the admin's grant covers everything at once, the unit writer's grant is checked against the plan's
 * organisation and the draft's visibility). Requests alternate, so load from other processes hits both alike.
 */
export async function benchAuthz(rounds = 200) {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    const m = await buildMunicipality(ctx);
    for (let i = 0; i < 6; i++) await addUnitGoal(ctx, m);
    for (let i = 0; i < 6; i++)
      await createPlanSection(ctx, m.plan.id, {
        part: 'intro',
        heading: `Avsnitt ${i}`,
        body: 'Text. '.repeat(80),
      });
    const { app, api, signInAs } = await createSignedInApp({ database, actor: 'bench' });
    const writer = await signInAs('unit_writer', m.unit.id);
    const path = `/api/v1/plans/${m.plan.id}/tree`;
    const read = async (as: typeof app) => {
      const start = performance.now();
      const res = await as.request(path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`plan tree answered ${res.status}`);
      return performance.now() - start;
    };
    for (let i = 0; i < 10; i++) {
      await read(app);
      await read(writer);
    }
    const admin: number[] = [];
    const unit: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate who goes first so neither always reads a cache the other warmed.
      if (i % 2 === 0) {
        admin.push(await read(app));
        unit.push(await read(writer));
      } else {
        unit.push(await read(writer));
        admin.push(await read(app));
      }
    }
    const adminP95 = percentile(admin, 0.95);
    const unitP95 = percentile(unit, 0.95);
    return {
      planTreeP95MsAdmin: round(adminP95),
      planTreeP95MsUnitWriter: round(unitP95),
      planTreeP50MsAdmin: round(percentile(admin, 0.5)),
      planTreeP50MsUnitWriter: round(percentile(unit, 0.5)),
      authzOverheadPlanTreeMs: round(unitP95 - adminP95),
      authzOverheadPlanTreeRatio: round(unitP95 / adminP95),
      authzMatrixCells: countMatrixCells(api.routes, endpoints),
      rounds,
    };
  } finally {
    await database.close();
  }
}

function percentile(list: number[], q: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
const round = (n: number) => Math.round(n * 100) / 100;
