import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { readImportFixture, rowCounts } from '../../../test/helpers/import.ts';
import { buildPlanReport } from '../../documents/build-plan-report.ts';
import { renderDocx } from '../../documents/render-docx.ts';

const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'api-testare' })).app;
const plan = readImportFixture('plan-2025-dnr.txt');
const hurried = (
  await createSignedInApp({
    database: ctx.handle,
    actor: 'api-testare',
    imports: { parseBudgetMs: 1 },
  })
).app;

/** The plan followed by tens of thousands of paragraphs under its last heading: seconds of parsing. */
function bigPlan(): string {
  const filler = Array.from(
    { length: 40_000 },
    (_, i) => `Stycke ${i} med text om verksamheten och dess mål för året.\n`,
  );
  return `${plan}\n\n${filler.join('\n')}`;
}

function upload(files: Array<{ name: string; content: string | Uint8Array<ArrayBuffer> }>) {
  const form = new FormData();
  for (const f of files) form.append('files', new File([f.content], f.name));
  return { method: 'POST', body: form };
}

function json(body: unknown) {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function expectRejected(init: RequestInit, pattern: RegExp, status = 400) {
  const before = await rowCounts(ctx);
  const res = await app.request('/api/v1/imports', init);
  const body = await res.json();
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(body.code, 'INVALID');
  assert.match(body.message, pattern);
  assert.deepEqual(await rowCounts(ctx), before, 'nothing was written');
}

describe('POST /api/v1/imports', () => {
  it('previews an uploaded file with ?dryRun=1 and writes nothing', async () => {
    const before = await rowCounts(ctx);
    const res = await app.request('/api/v1/imports?dryRun=1', upload([{ name: 'asen.txt', content: plan }]));
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.plans[0].unit, 'Åsens boendestöd');
    assert.equal(body.report.dryRun, true);
    assert.equal(body.report.plans[0].status, 'preview');
    assert.equal(body.report.plans[0].goals.unit.created, 2);
    assert.deepEqual(await rowCounts(ctx), before);
  });

  it('imports JSON text, and a second import links everything', async () => {
    const first = await (await app.request('/api/v1/imports', json({ name: 'asen.txt', text: plan }))).json();
    assert.equal(first.report.plans[0].status, 'imported');
    assert.ok(first.report.plans[0].planId);
    const before = await rowCounts(ctx);
    const res = await app.request('/api/v1/imports', upload([{ name: 'asen.txt', content: plan }]));
    assert.equal(res.status, 200);
    const second = await res.json();
    assert.equal(second.report.plans[0].planId, first.report.plans[0].planId);
    assert.equal(second.report.plans[0].goals.board.created, 0);
    assert.deepEqual(await rowCounts(ctx), before);
  });

  it('stops on a council goal number used by another goal with the choices, and goes on with onCollision', async () => {
    const text = readImportFixture('plan-2020-split-labels.txt');
    await app.request('/api/v1/imports', json({ name: 'p2020.txt', text }));
    const goal = await ctx.db
      .selectFrom('goal')
      .selectAll()
      .where('year', '=', 2020)
      .where('level', '=', 'city_direction')
      .where('number', '=', '1')
      .executeTakeFirstOrThrow();
    await ctx.db.updateTable('goal').set({ title: 'Ett helt annat mål' }).where('id', '=', goal.id).execute();
    const before = await rowCounts(ctx);
    const stopped = await app.request('/api/v1/imports?dryRun=1', json({ name: 'p2020.txt', text }));
    const body = await stopped.json();
    assert.equal(stopped.status, 400);
    assert.match(body.message, /koppla till det befintliga målet, skapa planens egna mål eller importera/);
    assert.equal(body.details.report.plans[0].collision.number, '1');
    const linked = await app.request(
      '/api/v1/imports?dryRun=1&onCollision=link',
      json({ name: 'p2020.txt', text }),
    );
    assert.equal(linked.status, 200);
    assert.equal((await linked.json()).report.plans[0].status, 'preview');
    const wrong = await app.request('/api/v1/imports?onCollision=merge', json({ name: 'p2020.txt', text }));
    assert.equal(wrong.status, 400);
    assert.match(JSON.stringify(await wrong.json()), /onCollision ska vara link/);
    assert.deepEqual(await rowCounts(ctx), before);
  });

  it('reads a Word file and links it to the plan it was rendered from', async () => {
    const planId = (await ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
    const docx = await renderDocx(await buildPlanReport(ctx.db, planId));
    const res = await app.request(
      '/api/v1/imports?dryRun=1',
      upload([{ name: 'asen.docx', content: new Uint8Array(docx) }]),
    );
    const body = await res.json();
    assert.equal(res.status, 200, body.message);
    const report = body.report.plans[0];
    assert.equal(report.unit, 'Åsens boendestöd');
    assert.deepEqual(
      Object.values(report.goals).map((c) => (c as { created: number }).created),
      [0, 0, 0, 0],
    );
  });

  it('imports several files in one upload', async () => {
    const res = await app.request(
      '/api/v1/imports?dryRun=1',
      upload([
        { name: 'a.txt', content: readImportFixture('plan-2022-two-plans.txt') },
        { name: 'b.txt', content: readImportFixture('plan-2020-split-labels.txt') },
      ]),
    );
    const body = await res.json();
    assert.equal(body.plans.length, 3);
    assert.deepEqual(
      body.report.files.map((f: { planIndexes: number[] }) => f.planIndexes),
      [[0, 1], [2]],
    );
  });

  it('rejects a binary file', () =>
    expectRejected(
      upload([{ name: 'bild.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }]),
      /textfil/,
    ));

  it('rejects an empty file', () => expectRejected(upload([{ name: 'tom.txt', content: '' }]), /tom/));

  it('rejects an upload over 20 MB with 413', () =>
    expectRejected(upload([{ name: 'stor.txt', content: 'a'.repeat(50 * 1024 * 1024) }]), /20 MB/, 413));

  it('rejects text that is not a plan', () =>
    expectRejected(json({ name: 'brev.txt', text: 'Hej!\n\nVi ses på fredag.\n' }), /Ingen verksamhetsplan/));

  it('rejects a truncated plan', () =>
    expectRejected(json({ name: 'kort.txt', text: plan.split('\n').slice(0, 110).join('\n') }), /avkortad/));

  it('rejects an activity table without its header row', () => {
    const text = plan.replace('Aktivitet\tStartdatum\tSlutdatum\n', '');
    return expectRejected(json({ name: 'tabell.txt', text }), /tabell utan rubrikrad på rad 101/);
  });

  it('rejects an indicator table without its header row', () => {
    const header = 'Indikator\tÅrsmål\tKF:s årsmål år 2025\tPeriodicitet\nAndel brukare som deltagit';
    const text = plan.replace(header, 'Andel brukare som deltagit');
    return expectRejected(json({ name: 'tabell.txt', text }), /tabell utan rubrikrad på rad \d+/);
  });

  it('is documented in the OpenAPI document with its query parameters', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    const names = doc.paths['/api/v1/imports'].post.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(names.sort(), ['dryRun', 'onCollision', 'organisationId', 'year']);
  });

  it('rejects a request without files', () => expectRejected(upload([]), /Välj minst en fil/));

  it('answers health while a large upload is still being parsed', async () => {
    let settled = false;
    const running = Promise.resolve(
      app.request('/api/v1/imports?dryRun=1', upload([{ name: 'stor-plan.txt', content: bigPlan() }])),
    ).finally(() => {
      settled = true;
    });
    // Let the import read its upload and hand it to the parser before asking for health.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await app.request('/api/v1/health');
    assert.equal(health.status, 200);
    assert.equal(settled, false, 'health answered only after the import had finished');
    const res = await running;
    assert.ok([200, 400].includes(res.status), `import answered ${res.status}`);
  });

  it('stops a parse over its time budget with a Swedish message and writes nothing', async () => {
    const before = await rowCounts(ctx);
    const res = await hurried.request('/api/v1/imports', json({ name: 'stor-plan.txt', text: bigPlan() }));
    const body = await res.json();
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(body.message, /kunde inte läsas inom 1 sekunder och importen avbröts; inget har sparats/);
    assert.deepEqual(await rowCounts(ctx), before);
  });
});
