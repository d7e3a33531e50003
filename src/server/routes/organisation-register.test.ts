import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { readSpreadsheet } from '../../importers/spreadsheet.ts';
import { createOrganisation } from '../../services/organisation.ts';

const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'testare' })).app;
const city = await createOrganisation(ctx, { kind: 'city', name: 'Ekby kommun', externalId: '100' });
await createOrganisation(ctx, { kind: 'board', name: 'Kulturnämnden', parentId: city.id, externalId: '200' });

const upload = (bytes: Uint8Array, name: string, query = '') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  return app.request(`/api/v1/organisations/import${query}`, { method: 'POST', body: form });
};

describe('organisation register routes', () => {
  it('downloads the register as CSV and XLSX and takes both back unchanged', async () => {
    for (const format of ['csv', 'xlsx']) {
      const res = await app.request(`/api/v1/organisations/export?format=${format}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`\\.${format}"`));
      const bytes = new Uint8Array(await res.arrayBuffer());
      const row = (await readSpreadsheet(bytes))[2]?.slice(0, 5);
      assert.deepEqual(row, ['200', 'Kulturnämnden', 'Nämnd', '100', '1900-01-01']);
      const back = await upload(bytes, `register.${format}`);
      assert.equal(back.status, 200);
      assert.deepEqual(await back.json(), { rows: 2, created: 0, changed: 0, unchanged: 2, errors: [] });
    }
  });

  it('previews with dryRun, then writes, and takes CSV text as JSON', async () => {
    const text =
      'Organisationskod;Namn;Typ;Överordnad kod;Gäller från;Gäller till\n210;Biblioteken;Enhet;200;;\n';
    const preview = await upload(new TextEncoder().encode(text), 'ny.csv', '?dryRun=1');
    assert.equal((await preview.json()).created, 1);
    const list = async () => (await (await app.request('/api/v1/organisations')).json()).length;
    assert.equal(await list(), 2);
    const res = await app.request('/api/v1/organisations/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).created, 1);
    assert.equal(await list(), 3);
  });

  it('answers 400 with every bad row in the report, and a missing file by name', async () => {
    const text = 'Organisationskod;Namn;Typ;Överordnad kod\n300;A;Enhet;999\n300;B;Enhet;200\n';
    const res = await upload(new TextEncoder().encode(text), 'fel.csv');
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.match(body.message, /Inget har sparats/);
    assert.deepEqual(
      body.details.report.errors.map((e: { row: number }) => e.row),
      [2, 2, 3],
    );
    const empty = await app.request('/api/v1/organisations/import', { method: 'POST', body: new FormData() });
    assert.equal(empty.status, 400);
    assert.match((await empty.json()).details.fields.file, /CSV- eller XLSX-fil/);
  });

  it('still serves an organisation by id', async () => {
    const res = await app.request(`/api/v1/organisations/${city.id}`);
    assert.equal((await res.json()).name, 'Ekby kommun');
  });
});
