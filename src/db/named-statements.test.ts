import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { openTestDatabase } from '../../test/helpers/db.ts';
import { resolveSession } from '../services/session.ts';
import { namedStatement, nameStatements, statementNamer } from './named-statements.ts';
import { pgliteConfig } from './pglite-connection.ts';
import { findPlanWithAncestry } from './repos/plan.ts';
import { loadPlanTreeRows } from './repos/plan-tree.ts';

const handle = await openTestDatabase();

describe('named statements', () => {
  it('prepares a marked statement once per connection and reuses it', async () => {
    await handle.db.connection().execute(async (db) => {
      for (const n of [1, 2, 3]) {
        const { rows } = await sql<{
          n: number;
        }>`select ${n}::int as n${namedStatement('test-echo')}`.execute(db);
        assert.equal(rows[0]?.n, n, 'each run binds its own values to the one prepared statement');
      }
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements
        where name = 'test-echo'`.execute(db);
      assert.equal(rows[0]?.n, 1);
    });
  });

  it('prepares other statements of fixed shape on PGlite only, and never one whose text grows with its input', async () => {
    await handle.db.connection().execute(async (db) => {
      const marker = `fixed_${randomUUID().slice(0, 8)}`;
      const grows = `grows_${randomUUID().slice(0, 8)}`;
      for (const n of [1, 2]) {
        const { rows } = await sql<{ n: number }>`select ${n}::int as ${sql.ref(marker)}`.execute(db);
        assert.equal(Object.values(rows[0] ?? {})[0], n);
        await sql`select 1 as ${sql.ref(grows)} where 1 in (${n}, ${n + 1})`.execute(db);
      }
      const prepared = async (word: string) =>
        (
          await sql<{ name: string }>`select name from pg_prepared_statements
            where statement like ${`%${word}%`} and statement not like '%pg_prepared_statements%'`.execute(db)
        ).rows.map((r) => r.name);
      const fixed = await prepared(marker);
      if (handle.engine === 'pglite') {
        assert.equal(fixed.length, 1, 'one prepared statement for both runs');
        assert.match(fixed[0] ?? '', /^auto-\d+$/);
      } else {
        assert.deepEqual(fixed, [], 'PostgreSQL plans unmarked statements each time (a custom plan)');
      }
      assert.deepEqual(await prepared(grows), []);
    });
  });

  it('names the hot path’s statements: the session, a plan with its ancestry, the plan tree', async () => {
    await handle.db.connection().execute(async (db) => {
      const nobody = randomUUID();
      await resolveSession(db, 'ingen-sådan-session', new Date());
      await findPlanWithAncestry(db, nobody);
      await loadPlanTreeRows(db, { planId: nobody, lean: true });
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements
        where name <> 'test-echo' and name not like 'auto-%' order by name`.execute(db);
      assert.deepEqual(
        rows.map((r) => r.name),
        ['plan-tree', 'plan-with-ancestry', 'session'],
      );
    });
  });

  it('stops preparing new statements at the limit, and names nothing automatically unless asked', () => {
    const nameOf = statementNamer({ everyFixedShape: true, limit: 2 });
    assert.equal(nameOf('select 1'), 'auto-1');
    assert.equal(nameOf('update goal set title = $1 where id = $2'), 'auto-2');
    assert.equal(nameOf('select 2'), undefined, 'past the limit: sent unnamed');
    assert.equal(nameOf('select 1'), 'auto-1', 'a known statement keeps its name');
    assert.equal(nameOf('begin'), undefined);
    assert.equal(nameOf('insert into x (a) values ($1), ($2)'), undefined);
    assert.equal(statementNamer()('select 1'), undefined);
    assert.equal(statementNamer()(`select 1 /* statement: echo */`), 'echo');
  });

  it('keeps the names of PGlite’s one connection when the pool replaces an idle client', async () => {
    const pglite = await PGlite.create('memory://');
    // pg's pool ends a client idle for idleTimeoutMillis (10 s by default) and makes a new one when needed.
    const config = { ...pgliteConfig(pglite), idleTimeoutMillis: 20 };
    const pool = new pg.Pool(config);
    const clients = new Set<unknown>();
    pool.on('connect', (client) => clients.add(client));
    nameStatements(pool, { everyFixedShape: true });
    try {
      assert.deepEqual((await pool.query('select $1::int as first', [1])).rows, [{ first: 1 }]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(pool.totalCount, 0, 'the idle client was ended');
      assert.deepEqual((await pool.query('select $1::int as second', [2])).rows, [{ second: 2 }]);
      assert.deepEqual((await pool.query('select $1::int as first', [3])).rows, [{ first: 3 }]);
      assert.equal(clients.size, 2, 'a new client on the same connection');
    } finally {
      await pool.end();
      await pglite.close();
    }
  });
});
