import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../test/helpers/db.ts';
import { resolveSession } from '../services/session.ts';
import { namedStatement } from './named-statements.ts';
import { findPlanWithAncestry } from './repos/plan.ts';
import { loadPlanTreeRows } from './repos/plan-tree.ts';

const handle = await openTestDatabase();

describe('named statements', () => {
  it('prepares a marked statement once per connection and reuses it; unmarked ones stay unnamed', async () => {
    await handle.db.connection().execute(async (db) => {
      const prepared = async () =>
        (
          await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(db)
        ).rows.map((r) => r.name);
      assert.deepEqual(await prepared(), []);
      for (const n of [1, 2, 3]) {
        const { rows } = await sql<{
          n: number;
        }>`select ${n}::int as n${namedStatement('test-echo')}`.execute(db);
        assert.equal(rows[0]?.n, n, 'each run binds its own values to the one prepared statement');
      }
      await sql`select 1 as unmarked`.execute(db);
      assert.deepEqual(await prepared(), ['test-echo']);
    });
  });

  it('names the hot path’s statements: the session, a plan with its ancestry, the plan tree', async () => {
    await handle.db.connection().execute(async (db) => {
      const nobody = randomUUID();
      await resolveSession(db, 'ingen-sådan-session', new Date());
      await findPlanWithAncestry(db, nobody);
      await loadPlanTreeRows(db, { planId: nobody, lean: true });
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements
        where name <> 'test-echo' order by name`.execute(db);
      assert.deepEqual(
        rows.map((r) => r.name),
        ['plan-tree', 'plan-with-ancestry', 'session'],
      );
    });
  });
});
