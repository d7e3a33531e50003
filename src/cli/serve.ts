import { serve } from '@hono/node-server';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import type { OidcConfig } from '../oidc-config.ts';

/** Starts the server; SIGTERM/SIGINT stop intake, finish requests in flight and close the database cleanly. */
export async function runServe(config: Config, options: { demo: boolean; oidc?: OidcConfig }) {
  // The app's modules load while the database opens (PGlite compiles its WebAssembly meanwhile): a faster restart.
  const appModule = import('../server/app.ts');
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  if (options.demo) {
    const seeded = await seedDemoIfEmpty({ db: database.db, actor: 'demo', now: () => new Date() });
    if (seeded) console.log('Tom databas: demokommunen är inläst.');
  }
  const log = config.logRequests
    ? (line: Record<string, unknown>) => console.log(JSON.stringify(line))
    : undefined;
  const { createApp } = await appModule;
  const { app } = createApp({
    database,
    actor: config.actor,
    log,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    oidc: options.oidc,
  });
  if (options.oidc)
    console.log(
      `Single sign-on: ${options.oidc.issuer}, återkomstadress ${options.oidc.publicUrl}/auth/callback`,
    );
  const account = await database.db.selectFrom('userAccount').select('id').limit(1).executeTakeFirst();
  if (!account)
    console.log(
      'Inga konton finns ännu. Skapa en administratör: echo "lösenord" | npx malkedja users add --email E --name N --role admin --password-stdin',
    );
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const where = database.engine === 'pglite' ? config.dataDir : 'PostgreSQL';
    console.log(
      `Målkedja körs på http://${config.host}:${info.port}/ (databas: ${database.engine}, ${where})`,
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: tar inte emot nya anrop, avslutar pågående och stänger databasen …`);
    server.close(async () => {
      await database.close();
      console.log('Stoppad.');
      process.exit(0);
    });
    // Keep-alive connections would hold close() open forever.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    setTimeout(() => {
      console.error('Pågående anrop blev inte klara inom 10 s; stänger ändå.');
      void database.close().finally(() => process.exit(1));
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return server;
}
