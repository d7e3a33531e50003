import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { createApp } from './app.ts';

const ctx = await openTestContext();
const { app, api } = createApp({ database: ctx.handle, actor: 'api-testare' });

const withId = api.routes.filter((r) => r.path.includes('/:'));

describe('route table', () => {
  it('has routes with an id in the path', () => {
    assert.ok(withId.length >= 30, `only ${withId.length} routes with :id`);
  });

  for (const r of withId) {
    it(`answers ${r.method.toUpperCase()} ${r.path} with a malformed id as 404 "finns inte"`, async () => {
      const path = r.path.replace(/:[A-Za-z]+/g, 'inte-ett-id');
      const res = await app.request(path, {
        method: r.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        ...(r.method === 'get' ? {} : { body: '{}' }),
      });
      assert.equal(res.status, 404);
      const body = await res.json();
      assert.equal(body.code, 'NOT_FOUND');
      assert.match(body.message, /finns ingen/);
    });
  }
});
