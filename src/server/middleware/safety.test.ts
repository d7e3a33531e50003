import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { buildMunicipality } from '../../../test/helpers/factories.ts';
import { mapDatabaseError } from '../app.ts';
import { isAllowedHost } from './host-guard.ts';

const ctx = await openTestContext();
const app = (
  await createSignedInApp({
    database: ctx.handle,
    actor: 'säkerhetstestare',
    publicUrl: 'https://mal.sjovik.se',
  })
).app;
const m = await buildMunicipality(ctx);

let counter = 0;
function goalBody(title = `Säkert mål ${++counter}`) {
  return { year: m.year, level: 'unit', organisationId: m.unit.id, parentId: m.boardGoal.id, title };
}

async function goalsTitled(title: string) {
  return (await ctx.db.selectFrom('goal').select('id').where('title', '=', title).execute()).length;
}

async function expectJsonError(res: Response, status: number, pattern: RegExp) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json();
  assert.match(body.message, pattern);
  return body;
}

describe('cross-site writes', () => {
  it('refuses a text/plain write (what a cross-site form or no-cors fetch sends) and writes nothing', async () => {
    const body = goalBody();
    const res = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(body),
    });
    await expectJsonError(res, 415, /Content-Type: application\/json/);
    assert.equal(await goalsTitled(body.title), 0);
  });

  it('refuses a url-encoded form post and a delete without a content type', async () => {
    const form = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    });
    await expectJsonError(form, 415, /JSON/);
    const del = await app.request(`/api/v1/goals/${m.boardGoal.id}?version=1`, { method: 'DELETE' });
    await expectJsonError(del, 415, /JSON/);
    assert.equal(await goalsTitled(m.boardGoal.title), 1);
  });

  it('refuses a JSON write whose Origin is another site', async () => {
    const body = goalBody();
    const res = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://angripare.example' },
      body: JSON.stringify(body),
    });
    const error = await expectJsonError(res, 403, /annan webbplats/);
    assert.equal(error.code, 'FORBIDDEN');
    assert.equal(await goalsTitled(body.title), 0);
  });

  it('refuses writes that Sec-Fetch-Site marks as cross-site or same-site, and an opaque origin', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' } as Record<string, string>,
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ]) {
      const res = await app.request('/api/v1/goals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(goalBody()),
      });
      await expectJsonError(res, 403, /annan webbplats/);
    }
  });

  it('refuses a cross-site multipart import but takes a same-origin one', async () => {
    const form = () => {
      const data = new FormData();
      data.append('files', new File(['Hej'], 'brev.txt'));
      return data;
    };
    const cross = await app.request('/api/v1/imports?dryRun=1', {
      method: 'POST',
      headers: { origin: 'https://angripare.example', 'sec-fetch-site': 'cross-site' },
      body: form(),
    });
    await expectJsonError(cross, 403, /annan webbplats/);
    const same = await app.request('/api/v1/imports?dryRun=1', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      body: form(),
    });
    // Past the guard: the importer itself reads the file and says it is no plan.
    await expectJsonError(same, 400, /verksamhetsplan/i);
  });

  it('refuses multipart on routes that only take JSON', async () => {
    const data = new FormData();
    data.append('title', 'x');
    const res = await app.request('/api/v1/goals', { method: 'POST', body: data });
    await expectJsonError(res, 415, /JSON/);
  });

  it('accepts same-origin JSON writes, from the browser and from the public address', async () => {
    for (const headers of [
      { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } as Record<string, string>,
      { origin: 'https://mal.sjovik.se', host: 'mal.sjovik.se' },
      {},
    ]) {
      const body = goalBody();
      const res = await app.request('/api/v1/goals', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 201, await res.clone().text());
      assert.equal(await goalsTitled(body.title), 1);
    }
  });
});

describe('Host allow-list', () => {
  it('answers only the public address and localhost names', async () => {
    for (const host of ['mal.sjovik.se', 'localhost', '127.0.0.1', '[::1]']) {
      const res = await app.request('/api/v1/health', { headers: { host } });
      assert.equal(res.status, 200, host);
    }
    for (const host of ['angripare.example', 'mal.sjovik.se.angripare.example', 'mal.sjovik.se:8443', '']) {
      const res = await app.request('/api/v1/health', { headers: { host } });
      await expectJsonError(res, 421, /PUBLIC_URL/);
    }
  });

  it('requires the served port on localhost names', () => {
    assert.equal(isAllowedHost('localhost:3000', { localPort: 3000 }), true);
    assert.equal(isAllowedHost('127.0.0.1:3000', { localPort: 3000 }), true);
    assert.equal(isAllowedHost('[::1]:3000', { localPort: 3000 }), true);
    assert.equal(isAllowedHost('localhost:3001', { localPort: 3000 }), false);
    assert.equal(isAllowedHost('localhost', { localPort: 3000 }), false);
    assert.equal(isAllowedHost('localhost', { localPort: 80 }), true);
    assert.equal(isAllowedHost('rebind.example:3000', { localPort: 3000 }), false);
    assert.equal(
      isAllowedHost('mal.kommun.se', { publicUrl: 'https://mal.kommun.se/', localPort: 3000 }),
      true,
    );
  });
});

describe('request bodies', () => {
  it('answers 413 JSON for a JSON body over 1 MB', async () => {
    const body = JSON.stringify({ ...goalBody(), description: 'a'.repeat(1024 * 1024) });
    const res = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    await expectJsonError(res, 413, /1 MB/);
  });

  it('answers 413 for a streamed body without a length once it passes 1 MB', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 64 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await app.request('/api/v1/goals', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectJsonError(res, 413, /1 MB/);
    assert.ok(sent < 4 * 1024 * 1024, `read ${sent} bytes before refusing`);
  });

  it('refuses NUL in a text field with a message naming the field', async () => {
    const res = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(goalBody('Mål med\u0000nolltecken')),
    });
    const body = await expectJsonError(res, 400, /Rubriken/);
    assert.match(body.details.fields.title, /NUL/);
  });

  it('refuses NUL in ids and query strings with 400 or 404, never 500', async () => {
    const inQuery = await app.request(`/api/v1/plans?year=2025&organisationId=${m.unit.id}%00`);
    assert.equal(inQuery.status, 400);
    const inPath = await app.request(`/api/v1/goals/${m.boardGoal.id}%00`);
    assert.ok([400, 404].includes(inPath.status), `status ${inPath.status}`);
    const inBody = await app.request('/api/v1/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...goalBody(), organisationId: `${m.unit.id}\u0000` }),
    });
    const body = await expectJsonError(inBody, 400, /Organisation/);
    assert.ok(body.details.fields.organisationId);
  });

  it('maps the database refusing NUL (22021, 22P05) to a Swedish INVALID', async () => {
    const texts = sql`select ${'a\u0000b'}::text as x`.execute(ctx.db);
    const json = sql`select ${'{"a":"\\u0000"}'}::jsonb as x`.execute(ctx.db);
    for (const query of [texts, json]) {
      const error = await query.then(
        () => assert.fail('the database took NUL'),
        (e: unknown) => e,
      );
      const mapped = mapDatabaseError(error);
      assert.equal(mapped?.code, 'INVALID');
      assert.match(mapped?.message ?? '', /otillåtet tecken/);
    }
  });
});
