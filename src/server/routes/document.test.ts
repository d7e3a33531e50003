import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { buildEdgeCasePlan } from '../../../test/helpers/documents.ts';
import { readZip } from '../../../test/helpers/zip.ts';

const ctx = await openTestContext();
const m = await buildEdgeCasePlan(ctx);
const app = (await createSignedInApp({ database: ctx.handle, actor: 'testare' })).app;

describe('document routes', () => {
  it('serves the plan as a whole HTML document, or as a fragment for the preview', async () => {
    const page = await app.request(`/api/v1/plans/${m.plan.id}/document.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    assert.match(await page.text(), /^<!doctype html>\n<html lang="sv">/);
    assert.match(page.headers.get('content-security-policy')!, /default-src 'none'/);
    const fragment = await app.request(`/api/v1/plans/${m.plan.id}/document.html?fragment=1`);
    const body = await fragment.text();
    assert.ok(!body.includes('<html'));
    assert.match(body, /<article class="plan-document" lang="sv">/);
  });

  it('serves the plan as a Word download', async () => {
    const res = await app.request(`/api/v1/plans/${m.plan.id}/document.docx`);
    assert.equal(res.status, 200);
    assert.equal(
      res.headers.get('content-type'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assert.match(
      res.headers.get('content-disposition')!,
      /^attachment; filename="verksamhetsplan-2025-enheten-for-stod-\d+\.docx"; filename\*=UTF-8''/,
    );
    const files = readZip(new Uint8Array(await res.arrayBuffer()));
    assert.ok(files.has('word/document.xml'));
  });

  it('serves the plan as a PDF/UA-1 download without a browser on the server', async () => {
    const res = await app.request(`/api/v1/plans/${m.plan.id}/document.pdf`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(
      res.headers.get('content-disposition')!,
      /^attachment; filename="verksamhetsplan-2025-enheten-for-stod-\d+\.pdf"/,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.toString('latin1').includes('pdfuaid:part'));
  });

  it('answers 404 for an unknown plan and for a malformed id', async () => {
    assert.equal((await app.request(`/api/v1/plans/${randomUUID()}/document.html`)).status, 404);
    assert.equal((await app.request('/api/v1/plans/inte-ett-id/document.docx')).status, 404);
  });

  it('documents the three formats in OpenAPI', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    for (const format of ['pdf', 'docx', 'html'])
      assert.ok(doc.paths[`/api/v1/plans/{id}/document.${format}`]?.get, format);
    assert.ok(doc.paths['/api/v1/plans/{id}/document.pdf'].get.responses['200'].content['application/pdf']);
  });
});
