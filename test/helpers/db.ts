import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Ctx } from '../../src/services/context.ts';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the server named by TEST_DATABASE_URL (dropped when the file's tests end).
 * Call it at the top level of a test file so the cleanup hook belongs to the whole file.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    after(() => handle.close());
    return handle;
  }
  const name = `malkedja_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateToLatest(handle.db);
  after(async () => {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  });
  return handle;
}

export async function openTestContext(actor = 'testare'): Promise<Ctx & { handle: DatabaseHandle }> {
  const handle = await openTestDatabase();
  let tick = Date.parse('2025-01-15T08:00:00Z');
  // A clock that moves one second per call keeps audit order deterministic.
  const now = () => {
    tick += 1000;
    return new Date(tick);
  };
  return { db: handle.db, actor, now, handle };
}
