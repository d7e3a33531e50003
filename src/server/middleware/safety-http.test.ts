import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';

// Over a real socket: the port check needs the listening port, and the body limit must hold against a
// client that streams far more than the server would ever buffer.
const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'säkerhetstestare' })).app;
let server: ReturnType<typeof serve>;
let port = 0;

before(async () => {
  server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('over HTTP', () => {
  it('answers localhost names only on the port it listens on', async () => {
    assert.equal(await get('/api/v1/health', `localhost:${port}`), 200);
    assert.equal(await get('/api/v1/health', `127.0.0.1:${port}`), 200);
    assert.equal(await get('/api/v1/health', `localhost:${port === 1 ? 2 : 1}`), 421);
    assert.equal(await get('/api/v1/health', `rebind.example:${port}`), 421);
  });

  it('refuses a 700 MB chunked PATCH with 413 after reading at most a few MB', async () => {
    const total = 700 * 1024 * 1024;
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const outcome = await new Promise<{ status: number; body: string; sentWhenAnswered: number }>(
      (resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'PATCH',
          path: '/api/v1/plans/7f1c0b5e-0000-4000-8000-000000000000',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        });
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          const sentWhenAnswered = sent;
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => {
            body += d;
          });
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered });
          });
        });
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        pump();
      },
    );
    assert.equal(outcome.status, 413);
    assert.match(JSON.parse(outcome.body).message, /1 MB/);
    assert.ok(
      outcome.sentWhenAnswered < 64 * 1024 * 1024,
      `answered after ${outcome.sentWhenAnswered} bytes of ${total}`,
    );
  });
});
