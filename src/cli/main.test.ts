import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../demo/demo-accounts.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The CLI always runs on its own PGlite directory here: it is the embedded default a newcomer gets.
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_REQUESTS: '0' };

function cli(args: string[], extraEnv: Record<string, string> = {}, input?: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    input,
  });
}

const children: ChildProcess[] = [];
// A failed assertion must not leave a server running (the test file would never end).
after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function startServer(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...env, PORT: '0' } });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    // On a loaded two-core CI machine the first start (migrations, demo seed) has taken over a minute.
    const timer = setTimeout(() => reject(new Error(`servern startade inte: ${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/[0-9.]+:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0], output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

/** Signs in as the demo admin (README lists the demo accounts) and returns the session cookie. */
async function signInDemoAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@sjovik.example', password: DEMO_PASSWORD }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('malkedja command', () => {
  it('serves the demo, stops cleanly on SIGTERM and starts again on the same data', async () => {
    const first = await startServer();
    const health = await (await fetch(`${first.url}api/v1/health`)).json();
    assert.deepEqual(health, { status: 'ok', database: 'pglite' });
    const cookie = await signInDemoAdmin(first.url);
    const plans = await (await fetch(`${first.url}api/v1/plans?year=2025`, { headers: { cookie } })).json();
    assert.ok(plans.length >= 8, 'the demo has board and unit plans');
    const exited = new Promise<number | null>((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(first.output(), /Stoppad/);

    const second = await startServer();
    // Sessions live in the database: the same cookie still works after the restart.
    const again = await (await fetch(`${second.url}api/v1/plans?year=2025`, { headers: { cookie } })).json();
    assert.equal(
      again.length,
      plans.length,
      'the data survived the restart and the demo was not loaded twice',
    );
    const stopped = new Promise((resolve) => second.child.on('exit', resolve));
    second.child.kill('SIGINT');
    await stopped;
  });

  it('exports a year and imports it into another database idempotently', () => {
    const out = join(dir, 'export.json');
    const exported = cli(['export', '--year', '2025', '--out', out]);
    assert.equal(exported.status, 0, exported.stderr);
    const other = { DATA_DIR: join(dir, 'other') };
    const first = cli(['import-json', out], other);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /goals: \d+ nya/);
    const second = cli(['import-json', out], other);
    assert.doesNotMatch(second.stdout, /: [1-9]\d* nya|: [1-9]\d* ändrade/);
    const reexport = join(dir, 'again.json');
    cli(['export', '--year', '2025', '--out', reexport], other);
    assert.equal(readFileSync(reexport, 'utf8'), readFileSync(out, 'utf8'));
  });

  it('adds, lists and disables accounts, the password read from stdin', () => {
    const other = { DATA_DIR: join(dir, 'accounts') };
    const added = cli(
      [
        'users',
        'add',
        '--email',
        'Ida@Kommun.se',
        '--name',
        'Ida Berg',
        '--role',
        'admin',
        '--password-stdin',
      ],
      other,
      'ett-långt-lösenord\n',
    );
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /ida@kommun\.se är skapat \(admin, hela kommunen\)/);
    const short = cli(
      ['users', 'add', '--email', 'kort@kommun.se', '--name', 'K', '--role', 'reader', '--password-stdin'],
      other,
      'kort\n',
    );
    assert.equal(short.status, 1);
    assert.match(short.stderr, /minst 10 tecken/);
    const badRole = cli(['users', 'add', '--email', 'x@kommun.se', '--name', 'X', '--role', 'kung'], other);
    assert.match(badRole.stderr, /en av: admin, city_planner/);
    assert.equal(cli(['users', 'disable', '--email', 'ida@kommun.se'], other).status, 0);
    const list = cli(['users', 'list'], other);
    assert.match(list.stdout, /ida@kommun\.se\tIda Berg\tadmin\tAVSTÄNGT/);
  });

  it('explains a missing year and an unknown command in Swedish', () => {
    const noYear = cli(['export']);
    assert.equal(noYear.status, 1);
    assert.match(noYear.stderr, /Ange året med --year/);
    const unknown = cli(['trolla']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Okänt kommando/);
    const broken = join(dir, 'broken.json');
    spawnSync('sh', ['-c', `printf '{"format":' > ${broken}`]);
    const bad = cli(['import-json', broken]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Kunde inte läsa/);
  });
});
