import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { precompressFiles } from '../web/vite-precompress.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx);

// A built web app in miniature: index.html and one hashed script, precompressed as the build does.
const dist = mkdtempSync(join(tmpdir(), 'malkedja-web-'));
after(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'assets'));
const INDEX =
  '<!doctype html><html lang="sv"><head><script type="module" src="/assets/index-Ab12.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ row: i, label: `Rad ${i}` })))};\n`;
writeFileSync(join(dist, 'index.html'), INDEX);
writeFileSync(join(dist, 'assets', 'index-Ab12.js'), SCRIPT);
writeFileSync(join(dist, 'assets', 'tiny-Cd34.js'), 'export {};\n');
await precompressFiles(dist, ['index.html', 'assets/index-Ab12.js', 'assets/tiny-Cd34.js']);

const { app } = await createSignedInApp({ database: ctx.handle, actor: 'testare', webDir: dist });

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

function assertSecurityHeaders(res: Response, what: string) {
  assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors/, what);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
  assert.ok(res.headers.get('referrer-policy'), what);
}

describe('security headers', () => {
  it('sets CSP, nosniff and Referrer-Policy on API answers, errors, 404s, HTML and assets', async () => {
    const answers: Array<[string, Response]> = [
      ['health', await get('/api/v1/health')],
      ['404 API', await get('/api/v1/finns-inte')],
      ['400', await get('/api/v1/plans?year=inte-ett-år')],
      ['index', await get('/ar/2025/org/1')],
      ['asset', await get('/assets/index-Ab12.js')],
      ['missing asset', await get('/assets/borta-Zz99.js')],
      ['HEAD', await app.request('/api/v1/health', { method: 'HEAD' })],
      ['415', await app.request('/api/v1/goals', { method: 'POST', body: 'x' })],
      ['421', await get('/api/v1/health', { host: 'angripare.example' })],
    ];
    for (const [what, res] of answers) assertSecurityHeaders(res, what);
    assert.match(answers[3]![1].headers.get('content-security-policy')!, /frame-ancestors 'none'/);
    assert.match(answers[3]![1].headers.get('content-security-policy')!, /script-src 'self'(;|$)/);
  });

  it("keeps the plan document's own policy, which lets the app's preview frame it", async () => {
    const res = await get(`/api/v1/plans/${m.plan.id}/document.html?fragment=1`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'self'/);
    assertSecurityHeaders(res, 'document');
  });
});

describe('serving the built web app', () => {
  it('answers a missing asset with 404, not the index page', async () => {
    for (const path of ['/assets/borta-Zz99.js', '/assets/deeper/x.js', '/assets/index-Ab12.js.br']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /<div id="root">/, path);
    }
  });

  it('sends the precompressed brotli or gzip file by Accept-Encoding, cached for a year', async () => {
    const br = await get('/assets/index-Ab12.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), SCRIPT);
    assert.equal(br.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
    assert.match(br.headers.get('content-type') ?? '', /javascript/);

    const gz = await get('/assets/index-Ab12.js', { 'accept-encoding': 'gzip, br;q=0' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), SCRIPT);

    const plain = await get('/assets/index-Ab12.js', { 'accept-encoding': 'identity' });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), SCRIPT);
    assert.match(plain.headers.get('vary') ?? '', /Accept-Encoding/);

    const tiny = await get('/assets/tiny-Cd34.js', { 'accept-encoding': 'br' });
    assert.equal(tiny.headers.get('content-encoding'), null);
    assert.equal(await tiny.text(), 'export {};\n');
  });

  it('serves index.html for deep links with no-cache', async () => {
    const res = await get('/ar/2025/import');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(await res.text(), INDEX);
  });
});

describe('compressing responses on the fly', () => {
  it('compresses large JSON with gzip (cheapest per request) or brotli and leaves small answers alone', async () => {
    const plain = await get('/api/openapi.json');
    const raw = await plain.text();
    assert.ok(raw.length > 1024);
    const either = await get('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(either.headers.get('content-encoding'), 'gzip');
    const br = await get('/api/openapi.json', { 'accept-encoding': 'br' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
    const brBytes = Buffer.from(await br.arrayBuffer());
    assert.equal(brotliDecompressSync(brBytes).toString(), raw);
    assert.equal(Number(br.headers.get('content-length')), brBytes.length);
    assert.ok(brBytes.length < raw.length / 3, `${brBytes.length} of ${raw.length} bytes`);

    const gz = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), raw);

    const small = await get('/api/v1/health', { 'accept-encoding': 'br' });
    assert.equal(small.headers.get('content-encoding'), null);
    assert.equal((await small.json()).status, 'ok');
  });

  it('compresses the plan document HTML', async () => {
    const res = await get(`/api/v1/plans/${m.plan.id}/document.html`, { 'accept-encoding': 'br' });
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString(), /<html lang="sv">/);
  });
});
