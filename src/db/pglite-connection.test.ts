import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteConfig } from './pglite-connection.ts';

// Always PGlite, whichever engine the suite runs on: this is the embedded engine's own connection.
const pglite = await PGlite.create('memory://');
const trips: number[] = [];
const execProtocolStream = pglite.execProtocolStream.bind(pglite);
pglite.execProtocolStream = (message, options) => {
  trips.push(message.length);
  return execProtocolStream(message, options);
};
const pool = new pg.Pool(pgliteConfig(pglite));
after(async () => {
  await pool.end();
  await pglite.close();
});

describe('PGlite connection', () => {
  it('hands the messages of one query to PGlite in one trip', async () => {
    trips.length = 0;
    const { rows } = await pool.query('select $1::int + 1 as n', [41]);
    assert.deepEqual(rows, [{ n: 42 }]);
    assert.equal(trips.length, 1, 'parse, bind, describe, execute and sync together');
    trips.length = 0;
    for (const n of [1, 2]) {
      const named = await pool.query({ name: 'echo', text: 'select $1::text as t', values: [`v${n}`] });
      assert.deepEqual(named.rows, [{ t: `v${n}` }]);
    }
    assert.equal(trips.length, 2, 'a prepared statement too');
  });

  it('recovers from an error in the middle of a query and keeps transactions apart', async () => {
    await pool.query('create table item (id int primary key, label text not null)');
    await assert.rejects(
      pool.query('select $1::uuid', ['inte-ett-id']),
      /invalid input syntax for type uuid/,
    );
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('insert into item values ($1, $2)', [1, 'ett']);
      await assert.rejects(client.query('insert into item values ($1, $2)', [1, 'igen']), /duplicate key/);
      await client.query('rollback');
      await client.query('insert into item values ($1, $2)', [2, 'två']);
    } finally {
      client.release();
    }
    const { rows } = await pool.query('select id, label from item order by id');
    assert.deepEqual(rows, [{ id: 2, label: 'två' }], 'the rolled-back row is gone, the next one stored');
  });

  it('runs queries in the order they were sent when many wait at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => pool.query('select $1::int as i', [i])),
    );
    assert.deepEqual(
      results.map((r) => r.rows[0].i),
      Array.from({ length: 50 }, (_, i) => i),
    );
  });
});
