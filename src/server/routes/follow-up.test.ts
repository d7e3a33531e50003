import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../../test/helpers/auth.ts';
import { openTestContext } from '../../../test/helpers/db.ts';
import { buildFollowUp } from '../../../test/helpers/follow-up.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const app = (await createSignedInApp({ database: ctx.handle, actor: 'testare' })).app;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const ok = async (res: Response, status = 200) => {
  assert.equal(res.status, status, await res.clone().text());
  return res.json();
};
const q = (params: Record<string, string | number>) =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
const scope = { organisationId: f.board.id, year: f.year, period: 'T1' };

describe('follow-up routes', () => {
  it('lists and ensures periods, and moves a deadline', async () => {
    const periods = await ok(await send('POST', '/api/v1/follow-up-periods', { year: 2026 }));
    assert.equal(periods.length, 15);
    const listed = await ok(await send('GET', `/api/v1/follow-up-periods${q({ year: 2026 })}`));
    const t2 = listed.find((p: { period: string }) => p.period === 'T2');
    const moved = await ok(
      await send('PATCH', `/api/v1/follow-up-periods/${t2.id}`, {
        version: t2.version,
        unitDeadline: '2026-09-08',
      }),
    );
    assert.equal(moved.unitDeadline, '2026-09-08');
  });

  it('finds, creates and reads a report as a tree', async () => {
    const key = { organisationId: f.otherUnit.id, year: f.year, period: 'T1' };
    assert.equal(await ok(await send('GET', `/api/v1/reports${q(key)}`)), null);
    const report = await ok(await send('POST', '/api/v1/reports', key));
    assert.equal(report.kind, 't1');
    assert.equal((await ok(await send('GET', `/api/v1/reports${q(key)}`))).id, report.id);
    const tree = await ok(await send('GET', `/api/v1/reports/${f.t1.id}/tree`));
    assert.equal(tree.completeness.complete, false);
  });

  it('writes an outcome, answers a bad one with a Swedish field error, and lists the history', async () => {
    const outcome = {
      indicatorId: f.visits.id,
      organisationId: f.unit.id,
      year: f.year,
      period: 'T1',
      value: 12,
    };
    const created = await ok(await send('POST', '/api/v1/outcomes', outcome), 201);
    assert.deepEqual([created.gender, created.status, created.revision], ['T', 'preliminary', 1]);
    const bad = await send('POST', '/api/v1/outcomes', { ...outcome, value: '12 st' });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).details.fields.value, /måste vara ett tal/);
    await ok(await send('POST', '/api/v1/outcomes', { ...outcome, value: 13 }), 201);
    const history = await ok(await send('GET', `/api/v1/outcomes${q({ ...outcome, value: '' })}`));
    assert.deepEqual(
      history.map((h: { value: number }) => h.value),
      [13, 12],
    );
  });

  it('writes an assessment, an activity status and a forecast, with the threshold', async () => {
    const base = `/api/v1/reports/${f.t1.id}`;
    const assessed = await ok(
      await send('PUT', `${base}/assessments`, {
        goalId: f.unitGoal.id,
        assessment: 'not_fulfilled',
        analysis: 'Se T2.',
      }),
    );
    assert.equal(assessed.assessment, 'not_fulfilled');
    const status = await ok(
      await send('PUT', `${base}/activity-statuses`, { activityId: f.activity.id, status: 'postponed' }),
    );
    assert.equal(status.status, 'postponed');
    const threshold = await ok(
      await send('PUT', `/api/v1/organisations/${f.board.id}/deviation-threshold`, { amount: 50 }),
    );
    assert.equal(threshold.amount, 50);
    assert.equal(
      (await ok(await send('GET', `/api/v1/organisations/${f.unit.id}/deviation-threshold`))).amount,
      50,
    );
    const refused = await send('PUT', `${base}/forecasts`, { budgetRowId: f.cost.id, forecast: 5100 });
    assert.equal(refused.status, 400);
    assert.match((await refused.json()).details.fields.comment, /Skriv en kommentar/);
    const forecast = await ok(
      await send('PUT', `${base}/forecasts`, {
        budgetRowId: f.cost.id,
        forecast: 5100,
        comment: 'Vikarier.',
      }),
    );
    assert.deepEqual([forecast.deviation, forecast.overThreshold], [-100, true]);
  });

  it('answers roll-up, board review and dashboard', async () => {
    const rollup = await ok(
      await send(
        'GET',
        `/api/v1/rollup${q({ indicatorId: f.visits.id, organisationId: f.board.id, year: f.year, period: 'T1' })}`,
      ),
    );
    assert.deepEqual(
      [rollup.values[0].value, rollup.values[0].reported, rollup.values[0].missing],
      [13, 1, 1],
    );
    const review = await ok(await send('GET', `/api/v1/board-review${q(scope)}`));
    assert.equal(review.units.length, 2);
    const dashboard = await ok(await send('GET', `/api/v1/dashboard${q(scope)}`));
    assert.equal(dashboard.organisation.id, f.board.id);
    const badPeriod = await send('GET', `/api/v1/dashboard${q({ ...scope, period: 'T4' })}`);
    assert.equal(badPeriod.status, 400);
  });

  it('exports outcomes as CSV and XLSX and previews an upload without writing', async () => {
    const csv = await send('GET', `/api/v1/outcomes/export${q({ year: f.year })}`);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const xlsx = await send('GET', `/api/v1/outcomes/export${q({ year: f.year, format: 'xlsx' })}`);
    assert.match(xlsx.headers.get('content-disposition')!, /utfall-2025\.xlsx/);

    const edited = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes)
      .replace(';T1;T;13;', ';T1;T;14;');
    const form = new FormData();
    form.set('file', new File([edited], 'utfall.csv', { type: 'text/csv' }));
    const preview = await ok(
      await app.request(`/api/v1/outcomes/import${q({ dryRun: 1, year: f.year })}`, {
        method: 'POST',
        body: form,
      }),
    );
    assert.deepEqual(preview, { rows: 1, created: 0, changed: 1, unchanged: 0, errors: [] });
    const applied = await ok(
      await app.request(`/api/v1/outcomes/import${q({ year: f.year })}`, { method: 'POST', body: form }),
    );
    assert.equal(applied.changed, 1);
    const empty = new FormData();
    empty.set('file', new File([], 'tom.csv'));
    const refused = await app.request('/api/v1/outcomes/import', { method: 'POST', body: empty });
    assert.match((await refused.json()).message, /Filen är tom/);
    assert.equal((await send('POST', '/api/v1/outcomes/import', {})).status, 400);
  });
});
