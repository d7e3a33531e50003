import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { hasCommand, pdfText } from '../../../test/helpers/documents.ts';
import { buildReportedT1 } from '../../../test/helpers/follow-up-report.ts';
import { readZip } from '../../../test/helpers/zip.ts';

const ctx = await openTestContext();
const m = await buildReportedT1(ctx);
const app = (await createSignedInApp({ database: ctx.handle, actor: 'testare' })).app;
const base = `/api/v1/reports/${m.report.id}/document`;

describe('follow-up report documents', () => {
  it('serves the T1 as HTML, and as a fragment for the preview', async () => {
    const page = await app.request(`${base}.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy')!, /default-src 'none'/);
    const html = await page.text();
    assert.match(html, /<title>Tertialrapport 1 2025 – /);
    assert.match(html, /Delvis uppfyllt/);
    const fragment = await (await app.request(`${base}.html?fragment=1`)).text();
    assert.ok(!fragment.includes('<html'));
  });

  it('serves the T1 as a PDF download whose text has the assessment', {
    skip: !hasCommand('pdftotext'),
  }, async () => {
    const res = await app.request(`${base}.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(
      res.headers.get('content-disposition')!,
      /filename="tertialrapport-1-2025-enheten-for-stod-\d+\.pdf"/,
    );
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    assert.ok(text.includes('Delvis uppfyllt'));
  });

  it('serves the T1 as a Word download that opens', async () => {
    const res = await app.request(`${base}.docx`);
    assert.equal(res.status, 200);
    const files = readZip(new Uint8Array(await res.arrayBuffer()));
    assert.match(files.get('word/document.xml')!.toString('utf8'), /Tertialrapport 1 2025/);
  });

  it('answers 404 in Swedish for a report that does not exist', async () => {
    const res = await app.request('/api/v1/reports/00000000-0000-4000-8000-000000000000/document.pdf');
    assert.equal(res.status, 404);
    assert.match((await res.json()).message, /finns inte/);
  });
});
