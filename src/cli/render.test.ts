import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { findDemoPlans } from '../../test/helpers/documents.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { AppError } from '../domain/errors.ts';
import { ensurePeriods } from '../services/follow-up-period.ts';
import { ensureReport } from '../services/follow-up-report.ts';
import { progressBar, runRender } from './render.ts';

const ctx = await openTestContext();
await seedDemo(ctx);
const demo = await findDemoPlans(ctx);
const dir = mkdtempSync(join(tmpdir(), 'malkedja-render-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, output: () => chunks.join('') };
}

describe('malkedja render', () => {
  it('writes one plan to a file', async () => {
    const out = join(dir, 'plan.html');
    const { stream, output } = fakeStream(false);
    await runRender(['--plan', demo.unitPlanId, '--format', 'html', '--out', out], ctx, stream);
    assert.match(readFileSync(out, 'utf8'), /<h1><span class="doc-name">Verksamhetsplan 2025<\/span>/);
    assert.match(output(), /Verksamhetsplan 2025 – Norrviks hemtjänst sparad som/);
  });

  it('writes every board and unit plan of a year to a folder, one progress line each when not a terminal', async () => {
    const out = join(dir, 'docx-2025');
    const { stream, output } = fakeStream(false);
    await runRender(['--year', '2025', '--all', '--format', 'docx', '--out', out], ctx, stream);
    const files = readdirSync(out).sort();
    const plans = await ctx.db
      .selectFrom('plan')
      .select('id')
      .where('year', '=', 2025)
      .where('kind', '=', 'plan')
      .execute();
    assert.equal(files.length, plans.length);
    assert.ok(files.includes('verksamhetsplan-2025-norrviks-stadsdelsnamnd.docx'));
    assert.ok(files.includes('verksamhetsplan-2025-norrviks-hemtjanst.docx'));
    const lines = output().trim().split('\n');
    assert.equal(lines.length, plans.length + 1);
    assert.match(lines[0]!, /^1\/\d+ verksamhetsplan-2025-/);
    assert.ok(!output().includes('\r'));
  });

  it('renders the whole year as PDF/UA-1 without a browser', async () => {
    const out = join(dir, 'pdf-2025');
    await runRender(
      ['--year', '2025', '--all', '--format', 'pdf', '--out', out],
      ctx,
      fakeStream(false).stream,
    );
    const files = readdirSync(out);
    assert.ok(files.length >= 8);
    for (const file of files) {
      const bytes = readFileSync(join(out, file));
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      assert.ok(bytes.includes('<pdfuaid:part>1</pdfuaid:part>'), file);
    }
  });

  it("writes a period's follow-up reports to a folder, one file per organisation", async () => {
    await ensurePeriods(ctx, 2025);
    const orgs = await ctx.db
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('name', 'in', ['Norrviks hemtjänst', 'Norrviks stadsdelsnämnd'])
      .execute();
    for (const org of orgs) await ensureReport(ctx, { organisationId: org.id, year: 2025, period: 'T1' });
    const reports = await ctx.db
      .selectFrom('plan')
      .select('organisationId')
      .where('year', '=', 2025)
      .where('kind', '=', 't1')
      .execute();
    const out = join(dir, 't1-2025');
    const { stream, output } = fakeStream(false);
    await runRender(
      ['--year', '2025', '--period', 'T1', '--all', '--format', 'pdf', '--out', out],
      ctx,
      stream,
    );
    const files = readdirSync(out).sort();
    assert.equal(files.length, reports.length);
    assert.equal(new Set(reports.map((r) => r.organisationId)).size, files.length);
    assert.ok(files.includes('tertialrapport-1-2025-norrviks-hemtjanst.pdf'), files.join(', '));
    assert.ok(files.includes('tertialrapport-1-2025-norrviks-stadsdelsnamnd.pdf'));
    for (const file of files) assert.equal(readFileSync(join(out, file)).subarray(0, 5).toString(), '%PDF-');
    assert.match(output(), new RegExp(`${files.length} T1-rapporter för 2025 sparade`));
    await assert.rejects(
      runRender(['--year', '2025', '--period', 'T3', '--all', '--out', out], ctx, stream),
      /Välj T1, T2 eller VB/,
    );
  });

  it('draws a bar that redraws itself on a terminal', () => {
    const { stream, output } = fakeStream(true);
    const bar = progressBar(stream);
    bar({ done: 1, total: 4, file: 'a.pdf' });
    bar({ done: 4, total: 4, file: 'd.pdf' });
    const clear = '\r\u001b[2K';
    assert.equal(
      output(),
      `${clear}${'█'.repeat(8)}${'░'.repeat(22)} 1/4 a.pdf${clear}${'█'.repeat(30)} 4/4 d.pdf\n`,
    );
  });

  it('explains a missing format, output or plan in Swedish', async () => {
    const { stream } = fakeStream(false);
    await assert.rejects(
      runRender(['--plan', demo.unitPlanId, '--format', 'odt', '--out', 'x'], ctx, stream),
      (e) => {
        return e instanceof AppError && /Välj pdf, docx eller html/.test(e.message);
      },
    );
    await assert.rejects(runRender(['--format', 'pdf', '--out', 'x'], ctx, stream), AppError);
    await assert.rejects(runRender(['--plan', demo.unitPlanId], ctx, stream), /--out/);
  });
});
