import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { importFixtures, readImportFixture } from '../../test/helpers/import.ts';
import { toImportJson } from '../importers/import-json.ts';
import { parsePlanText } from '../importers/parse-plan-text.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
const fixture = join(importFixtures, 'plan-2025-dnr.txt');

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, 'import', ...args], { encoding: 'utf8', env, timeout: 120_000 });
}

describe('malkedja import', () => {
  it('prints the import contract and a report on --dry-run --json and creates no database', () => {
    const run = cli([fixture, '--dry-run', '--json']);
    assert.equal(run.status, 0, run.stderr);
    const { report, ...contract } = JSON.parse(run.stdout);
    assert.deepEqual(contract, toImportJson(parsePlanText(readImportFixture('plan-2025-dnr.txt'))));
    assert.equal(report.plans[0].status, 'preview');
    assert.equal(report.plans[0].goals.unit.created, 2);
    assert.equal(existsSync(join(dir, 'data')), false);
  });

  it('imports with a summary per plan, then links everything on the second run', () => {
    const first = cli([fixture]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Åsens boendestöd 2025 .*: importerad/);
    assert.match(first.stdout, /Enhetsmål: 2 \(2 nya, 0 kopplade\)/);
    const second = cli([fixture]);
    assert.match(second.stdout, /Enhetsmål: 2 \(0 nya, 2 kopplade\)/);
    assert.doesNotMatch(second.stdout, /ändrad|borttag|\([1-9]\d* nya?,/);
  });

  it('stops with a Swedish message and writes nothing for an empty file', () => {
    const empty = join(dir, 'tom.txt');
    writeFileSync(empty, '');
    const run = cli([fixture, empty]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Fel: Filen "tom.txt" är tom/);
  });
});
