import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-oidc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const HALF = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'malkedja' };

function cli(args: string[], extraEnv: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    DATABASE_URL: '',
    LOG_REQUESTS: '0',
    PORT: '0',
  };
  for (const name of Object.keys(env))
    if (name.startsWith('OIDC_') || name === 'PUBLIC_URL') delete env[name];
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    timeout: 120_000,
  });
}

describe('malkedja serve with single sign-on half configured', () => {
  it('refuses to start, naming the missing variables in Swedish', () => {
    const result = cli(['serve', '--no-demo'], HALF);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(
      result.stderr,
      /Fel: Single sign-on är bara delvis inställt: OIDC_CLIENT_SECRET, PUBLIC_URL saknas/,
    );
    assert.doesNotMatch(result.stdout, /Målkedja körs/);
  });

  it('does not block other commands', () => {
    const result = cli(['migrate'], HALF);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Databasen är uppdaterad/);
  });
});
