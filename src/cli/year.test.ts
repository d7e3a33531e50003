import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
const dir = mkdtempSync(join(tmpdir(), 'malkedja-year-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_REQUESTS: '0' };
const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });

describe('malkedja year rollover', () => {
  it('dry-runs, rolls the demo into a new year and refuses to do it twice', () => {
    assert.equal(cli(['seed-demo']).status, 0);
    const dry = cli(['year', 'rollover', '--from', '2026', '--to', '2027', '--dry-run', '--json']);
    assert.equal(dry.status, 0, dry.stderr);
    const planned = JSON.parse(dry.stdout);
    assert.equal(planned.dryRun, true);
    assert.ok(planned.goals > 10 && planned.plans > 0);

    const real = cli(['year', 'rollover', '--from', '2026', '--to', '2027', '--json']);
    assert.equal(real.status, 0, real.stderr);
    const done = JSON.parse(real.stdout);
    assert.equal(done.goals, planned.goals);
    assert.equal(done.plans, planned.plans);

    const again = cli(['year', 'rollover', '--from', '2026', '--to', '2027']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /År 2027 har redan mål/);
  });

  it('takes goal choices from a file: drop and change in a dry run, an unknown goal refused', () => {
    const exported = JSON.parse(cli(['export', '--year', '2026']).stdout);
    const [first, second] = exported.goals.filter((g: { level: string }) => g.level === 'unit');
    const file = join(dir, 'val.json');
    writeFileSync(
      file,
      JSON.stringify([
        { goalId: first.id, action: 'drop' },
        { goalId: second.id, action: 'change', title: 'Ny lydelse' },
      ]),
    );
    const dry = cli([
      'year',
      'rollover',
      '--from',
      '2026',
      '--to',
      '2028',
      '--goals',
      file,
      '--dry-run',
      '--json',
    ]);
    assert.equal(dry.status, 0, dry.stderr);
    const report = JSON.parse(dry.stdout);
    assert.equal(report.droppedGoals, 1);
    assert.equal(report.changedGoals, 1);
    writeFileSync(file, JSON.stringify([{ goalId: '00000000-0000-4000-8000-000000000000', action: 'drop' }]));
    const bad = cli(['year', 'rollover', '--from', '2026', '--to', '2028', '--goals', file]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /finns inte i året som förs över/);
  });
});
