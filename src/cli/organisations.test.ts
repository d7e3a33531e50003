import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-orgs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_REQUESTS: '0' };
const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });

describe('malkedja organisations', () => {
  it('exports the register as CSV and XLSX and imports both back unchanged', () => {
    assert.equal(cli(['seed-demo']).status, 0);
    for (const format of ['csv', 'xlsx']) {
      const out = join(dir, `register.${format}`);
      const exported = cli(['organisations', 'export', '--format', format, '--out', out]);
      assert.equal(exported.status, 0, exported.stderr);
      const imported = cli(['organisations', 'import', out, '--json']);
      assert.equal(imported.status, 0, imported.stderr);
      const report = JSON.parse(imported.stdout);
      assert.ok(report.rows >= 9);
      assert.deepEqual(
        { created: report.created, changed: report.changed, errors: report.errors },
        { created: 0, changed: 0, errors: [] },
      );
      assert.equal(report.unchanged, report.rows);
    }
    assert.match(readFileSync(join(dir, 'register.csv'), 'utf8'), /^\uFEFFOrganisationskod;Namn;Typ/);
  });

  it('dry-runs a new unit, then reports a bad file with exit code 1', () => {
    const file = join(dir, 'ny.csv');
    writeFileSync(
      file,
      'Organisationskod;Namn;Typ;Överordnad kod;Gäller från;Gäller till\r\nX1;Ny enhet;Enhet;FINNS-EJ;;\r\n',
    );
    const bad = cli(['organisations', 'import', file]);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /Rad 2, Överordnad kod: Det finns ingen organisation med koden FINNS-EJ/);
    assert.match(bad.stdout, /inget har sparats/);
  });
});
