import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';

const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'testare' })).app;
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function upload(content: string) {
  const form = new FormData();
  form.set('logo', new File([content], 'logo.svg', { type: 'image/svg+xml' }));
  return { method: 'PUT', body: form };
}

describe('municipality routes', () => {
  it('sets up the municipality with a named field error for a missing name', async () => {
    const bad = await app.request('/api/v1/municipality', json({ name: '', firstYear: 2027 }));
    assert.equal(bad.status, 400);
    const error = await bad.json();
    assert.match(error.details.fields.name, /Kommunens namn/);

    const res = await app.request('/api/v1/municipality', json({ name: 'Ekby kommun', firstYear: 2027 }));
    assert.equal(res.status, 201);
    assert.equal((await res.json()).name, 'Ekby kommun');
    const info = await (await app.request('/api/v1/municipality')).json();
    assert.deepEqual(info.years, [2027]);
  });

  it('uploads and serves the logo, refusing a file that is not an image', async () => {
    const refused = await app.request('/api/v1/municipality/logo', upload('inte en bild'));
    assert.equal(refused.status, 400);
    assert.match((await refused.json()).message, /PNG- eller en SVG-bild/);
    assert.equal((await app.request('/api/v1/municipality/logo')).status, 404);

    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>';
    const put = await app.request('/api/v1/municipality/logo', upload(svg));
    assert.equal(put.status, 200);
    const get = await app.request('/api/v1/municipality/logo');
    assert.equal(get.headers.get('content-type'), 'image/svg+xml');
    assert.match(get.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.equal(await get.text(), svg);
  });

  it('asks for confirmation before removing demo data', async () => {
    const res = await app.request('/api/v1/municipality/remove-demo', json({}));
    assert.equal(res.status, 400);
    const none = await app.request('/api/v1/municipality/remove-demo', json({ confirm: true }));
    assert.equal(none.status, 409);
    assert.match((await none.json()).message, /inga demodata/);
  });
});
