// The server side of the load bench, on its own thread so the virtual editors' work does not count as
// server time: opens the database, seeds the synthetic city, serves the app on a free loopback port.
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { createApp } from '../src/server/app.ts';
import { createTestAccount } from '../test/helpers/auth.ts';

export interface LoadServerData {
  role: 'malkedja-load-server';
  url?: string;
  dataDir?: string;
  year: number;
}

export type LoadServerMessage =
  | { port: number; planIds: string[]; seedMs: number; cookie: string }
  | { error: string };

async function start(data: LoadServerData) {
  const database = await openDatabase({ url: data.url, dataDir: data.dataDir });
  await migrateToLatest(database.db);
  const seedStart = performance.now();
  await seedSynthetic(database.db);
  const seedMs = Math.round(performance.now() - seedStart);
  const plans = await database.db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select('plan.id')
    .where('plan.year', '=', data.year)
    .where('organisation.kind', '=', 'unit')
    .execute();
  const { app } = createApp({ database, actor: 'last' });
  // Every virtual editor acts as one signed-in admin: the bench measures the server, not sign-in.
  const { cookie } = await createTestAccount(database.db, { role: 'admin', name: 'Last' });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  parentPort!.on('message', async (message: string) => {
    if (message !== 'stop') return;
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    server.close();
    await database.close();
    parentPort!.postMessage({ stopped: true });
  });
  return { port, planIds: plans.map((p) => p.id), seedMs, cookie };
}

if (parentPort && (workerData as LoadServerData | undefined)?.role === 'malkedja-load-server') {
  start(workerData as LoadServerData).then(
    (ready) => parentPort!.postMessage(ready satisfies LoadServerMessage),
    (error: Error) =>
      parentPort!.postMessage({ error: error.stack ?? error.message } satisfies LoadServerMessage),
  );
}
