import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ArrivalOrderPool } from './arrival-order-pool.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { nameStatements } from './named-statements.ts';
import { pgliteConfig } from './pglite-connection.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

// numeric and bigint come back as strings by default; amounts and targets fit a double comfortably.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// Dates stay as YYYY-MM-DD strings: a JS Date would shift them across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** Directory for PGlite's files, or 'memory://' for a throwaway database. */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client losing its connection (a server restart, a dropped database) must not crash the process:
    // the pool discards the client and the next query opens a new one.
    pool.on('error', (error) => console.error(`PostgreSQL-anslutningen bröts: ${error.message}`));
    nameStatements(pool);
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  // A folder is held by one process at a time (two PGlite processes on one folder lose writes); memory needs no lock.
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  // One connection (PGlite is single-connection). Requests are served it in the order they arrived, so
  // writes never starve behind reads.
  const pglitePool = new pg.Pool(pgliteConfig(pglite));
  nameStatements(pglitePool, { everyFixedShape: true });
  const pool = new ArrivalOrderPool(pglitePool);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    engine: 'pglite',
    async close() {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
