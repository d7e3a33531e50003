import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../test/helpers/db.ts';
import { migrateToLatest } from './migrate.ts';

const handle = await openTestDatabase();

describe('migrateToLatest on a database that is up to date', () => {
  it('answers from the recorded names without running the Migrator (a fast restart)', async () => {
    // The Migrator always (re)creates its lock table first; with the fast check it is never touched.
    await sql`drop table kysely_migration_lock`.execute(handle.db);
    assert.deepEqual(await migrateToLatest(handle.db), []);
    const { rows } = await sql<{
      t: string | null;
    }>`select to_regclass('kysely_migration_lock')::text as t`.execute(handle.db);
    assert.equal(rows[0]?.t, null);
  });
});
