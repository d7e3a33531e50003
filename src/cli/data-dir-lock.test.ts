import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { importFixtures } from '../../test/helpers/import.ts';
import { LOCK_FILE } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/database.ts';

// Two real processes on one PGlite folder: the second must refuse, never work on a copy and lose writes.
const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_REQUESTS: '0' };
const fixture = join(importFixtures, 'plan-2025-dnr.txt');

const cli = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 120_000 });

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--no-demo'], { env: { ...env, PORT: '0' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`servern startade inte: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/[0-9.]+:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

describe('one process per PGlite folder', () => {
  it('refuses an import while the server runs on the folder, and imports once the server has stopped', async () => {
    const server = await startServer();
    try {
      const refused = cli(['import', fixture]);
      assert.notEqual(refused.status, 0);
      assert.doesNotMatch(refused.stdout, /importerad/);
      assert.match(refused.stderr, /används redan/);
      assert.ok(refused.stderr.includes(dataDir), refused.stderr);
      assert.match(refused.stderr, /Stoppa servern/);
      assert.match(refused.stderr, /importsidan|\/api\/v1\/imports/);
      // The server still works and holds everything it had.
      const health = await fetch(`${server.url}api/v1/health`);
      assert.equal(health.status, 200);
    } finally {
      const exited = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'a clean stop frees the folder');
    const imported = cli(['import', fixture]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /importerad/);
  });

  it('takes over a lock left by a process that is gone (killed with -9)', () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(join(dataDir, LOCK_FILE), gone.stdout);
    const run = cli(['export', '--year', '2025', '--out', join(dir, 'export.json')]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);
  });

  it('refuses a second open of a held folder in the same process; memory databases take no lock', async () => {
    const folder = join(dir, 'same-process');
    mkdirSync(folder, { recursive: true });
    const first = await openDatabase({ dataDir: folder });
    try {
      await assert.rejects(openDatabase({ dataDir: folder }), /används redan av den här processen/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: folder });
    await again.close();
    const a = await openDatabase({ dataDir: 'memory://' });
    const b = await openDatabase({ dataDir: 'memory://' });
    await Promise.all([a.close(), b.close()]);
  });
});
