import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { ArrivalOrderPool, arrivalOf, type RequestArrival, requestArrival } from './arrival-order-pool.ts';
import { pgliteConfig } from './pglite-connection.ts';

const pglite = await PGlite.create('memory://');
const pool = new ArrivalOrderPool(new pg.Pool(pgliteConfig(pglite)));

/** Asks for the connection as a request that arrived at `arrived`; records when it got it. */
async function use(served: string[], name: string, arrived?: number | RequestArrival) {
  const take = () => pool.connect();
  const request = typeof arrived === 'number' ? { at: arrived, write: false } : arrived;
  const client = await (request === undefined ? take() : requestArrival.run(request, take));
  served.push(name);
  await client.query('select 1');
  client.release();
}

describe('PGlite pool in request arrival order', () => {
  it('serves a request that arrived earlier before later ones, whenever it asks', async () => {
    const holder = await pool.connect();
    const served: string[] = [];
    const now = performance.now();
    const waits = [
      use(served, 'read arrived last', now - 10),
      use(served, 'read arrived second', now - 20),
      use(served, 'write arrived first', now - 30),
    ];
    holder.release();
    await Promise.all(waits);
    assert.deepEqual(served, ['write arrived first', 'read arrived second', 'read arrived last']);
  });

  it("caps a request's seniority at a second and queues work outside a request by when it asks", async () => {
    const holder = await pool.connect();
    const served: string[] = [];
    const now = performance.now();
    const waits = [
      use(served, 'background job'),
      use(served, 'fresh request', now - 5),
      use(served, 'long import', now - 60_000),
      use(served, 'request waiting two seconds', now - 2_000),
    ];
    holder.release();
    await Promise.all(waits);
    assert.deepEqual(served, [
      'long import',
      'request waiting two seconds',
      'fresh request',
      'background job',
    ]);
  });

  it('serves writes before every read, in their own arrival order', async () => {
    const holder = await pool.connect();
    const served: string[] = [];
    const now = performance.now();
    const waits = [
      use(served, 'read waiting ten seconds', arrivalOf('GET', now - 10_000)),
      use(served, 'read arrived 10 ms ago', arrivalOf('GET', now - 10)),
      use(served, 'write arrived now', arrivalOf('PATCH', now)),
      use(served, 'write arrived 5 ms ago', arrivalOf('DELETE', now - 5)),
      use(served, 'background job'),
    ];
    holder.release();
    await Promise.all(waits);
    assert.deepEqual(served, [
      'write arrived 5 ms ago',
      'write arrived now',
      'read waiting ten seconds',
      'read arrived 10 ms ago',
      'background job',
    ]);
  });

  it('keeps serving after a query fails', async () => {
    const client = await pool.connect();
    await assert.rejects(client.query('select * from no_such_table'));
    client.release();
    const next = await pool.connect();
    assert.equal((await next.query('select 2 as n')).rows[0].n, 2);
    next.release();
    await pool.end();
    await pglite.close();
  });
});
