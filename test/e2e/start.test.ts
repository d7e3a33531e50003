import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startAndWaitForHealth, stopServer } from '../../bench/start.ts';
import { computeWebStamp } from '../../scripts/build-web.mjs';
import { ensureWebBuilt } from '../helpers/web-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const INDEX = join(ROOT, 'dist', 'web', 'index.html');

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'malkedja-start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves an already-built checkout without rebuilding the web app, twice over the same data', async () => {
    await ensureWebBuilt();
    const built = statSync(INDEX).mtimeMs;
    for (const round of ['first start (seeds the demo)', 'restart']) {
      const server = await startAndWaitForHealth(dataDir);
      try {
        assert.doesNotMatch(server.output(), /Bygger webbgränssnittet/, round);
        const page = await fetch(`${server.url}/ar/2025`);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<div id="root">/);
      } finally {
        await stopServer(server);
      }
      assert.equal(statSync(INDEX).mtimeMs, built, `${round}: dist/web was rebuilt`);
    }
  });
});

describe('the web build stamp', () => {
  const root = mkdtempSync(join(tmpdir(), 'malkedja-stamp-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ['src/web', 'src/shared', 'src/domain', 'src/server'])
    mkdirSync(join(root, dir), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  writeFileSync(join(root, 'src/web/main.tsx'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/shared/x.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'src/domain/y.ts'), 'export const c = 3;\n');

  it('changes when a web, shared or domain source or the lock file changes, and only then', () => {
    const base = computeWebStamp(root);
    assert.equal(computeWebStamp(root), base);
    writeFileSync(join(root, 'src/server/app.ts'), 'export {};\n');
    writeFileSync(join(root, 'src/web/main.test.ts'), 'export {};\n');
    assert.equal(computeWebStamp(root), base, 'server code and tests are not in the bundle');
    for (const file of ['src/web/main.tsx', 'src/shared/x.ts', 'src/domain/y.ts', 'package-lock.json']) {
      const before = readFileSync(join(root, file), 'utf8');
      writeFileSync(join(root, file), `${before}// ändrad\n`);
      assert.notEqual(computeWebStamp(root), base, file);
      writeFileSync(join(root, file), before);
      assert.equal(computeWebStamp(root), base, file);
    }
    writeFileSync(join(root, 'src/web/new-page.tsx'), 'export {};\n');
    assert.notEqual(computeWebStamp(root), base, 'a new file');
  });
});
