import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';

const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'crud-testare' })).app;
const m = await buildMunicipality(ctx);

async function call(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe('create, read, update, delete and reorder', () => {
  it('manages plan sections and reorders them within a part', async () => {
    const a = await call('POST', `/api/v1/plans/${m.plan.id}/sections`, {
      part: 'intro',
      heading: 'Enhetens uppdrag',
      body: '- Ett\n- Två',
    });
    const b = await call('POST', `/api/v1/plans/${m.plan.id}/sections`, {
      part: 'intro',
      heading: 'Organisationsbeskrivning',
    });
    assert.equal(a.status, 201);
    assert.equal(b.body.sortOrder, 1);
    assert.equal(
      (
        await call('POST', `/api/v1/plans/${m.plan.id}/sections/reorder`, {
          part: 'intro',
          ids: [b.body.id, a.body.id],
          expectedIds: [a.body.id, b.body.id],
        })
      ).status,
      204,
    );
    const list = await call('GET', `/api/v1/plans/${m.plan.id}/sections`);
    assert.deepEqual(
      list.body.map((s: { heading: string }) => s.heading),
      ['Organisationsbeskrivning', 'Enhetens uppdrag'],
    );
    const bad = await call('POST', `/api/v1/plans/${m.plan.id}/sections/reorder`, {
      part: 'intro',
      ids: [a.body.id],
      expectedIds: [b.body.id, a.body.id],
    });
    assert.equal(bad.status, 400);
    const patched = await call('PATCH', `/api/v1/sections/${a.body.id}`, {
      version: a.body.version,
      heading: 'Vårt uppdrag',
    });
    assert.equal(patched.body.heading, 'Vårt uppdrag');
    assert.equal((await call('DELETE', `/api/v1/sections/${a.body.id}?version=1`)).status, 409);
    assert.equal(
      (await call('DELETE', `/api/v1/sections/${a.body.id}?version=${patched.body.version}`)).status,
      204,
    );
  });

  it('keeps budget amounts positive and computes sums per table', async () => {
    const table = await call('POST', `/api/v1/plans/${m.plan.id}/budget-tables`, {
      title: 'Prevention (Fritid)',
      layout: 'per_activity',
    });
    assert.equal(table.status, 201);
    const negative = await call('POST', `/api/v1/budget-tables/${table.body.id}/rows`, {
      label: 'Kostnader',
      groupKind: 'cost',
      budget: -1200,
    });
    assert.equal(negative.status, 400);
    assert.match(negative.body.details.fields.budget, /positiva/);
    await call('POST', `/api/v1/budget-tables/${table.body.id}/rows`, {
      label: 'Intäkter',
      groupKind: 'revenue',
      budget: 0,
    });
    await call('POST', `/api/v1/budget-tables/${table.body.id}/rows`, {
      label: 'Kostnader',
      groupKind: 'cost',
      budget: 1200,
    });
    const tables = await call('GET', `/api/v1/plans/${m.plan.id}/budget-tables`);
    const found = tables.body.find((t: { id: string }) => t.id === table.body.id);
    assert.equal(found.summary.budget.net, -1200);
    assert.deepEqual(
      found.rows.map((r: { label: string }) => r.label),
      ['Intäkter', 'Kostnader'],
    );
  });

  it('assigns a board activity to units and lists it for them', async () => {
    const created = await call('POST', '/api/v1/activities', {
      year: m.year,
      ownerOrganisationId: m.board.id,
      goalId: m.boardGoal.id,
      title: 'Utbilda alla chefer i informationssäkerhet',
      startDate: `${m.year}-01-01`,
      endDate: `${m.year}-12-31`,
      assignedOrganisationIds: [m.unit.id],
    });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.assignedOrganisationIds, [m.unit.id]);
    const mine = await call('GET', `/api/v1/activities?assignedTo=${m.unit.id}`);
    assert.ok(mine.body.some((a: { id: string }) => a.id === created.body.id));
    const theirs = await call('GET', `/api/v1/activities?assignedTo=${m.otherUnit.id}`);
    assert.ok(!theirs.body.some((a: { id: string }) => a.id === created.body.id));
    const moved = await call('PATCH', `/api/v1/activities/${created.body.id}`, {
      version: created.body.version,
      assignedOrganisationIds: [m.otherUnit.id],
    });
    assert.deepEqual(moved.body.assignedOrganisationIds, [m.otherUnit.id]);
  });

  it('rejects a unit directly under the city and an organisation under itself', async () => {
    const unit = await call('POST', '/api/v1/organisations', {
      kind: 'unit',
      name: 'Fel placerad enhet',
      parentId: m.city.id,
    });
    assert.equal(unit.status, 400);
    assert.ok(unit.body.details.fields.parentId);
    const self = await call('PATCH', `/api/v1/organisations/${m.unit.id}`, {
      version: m.unit.version,
      parentId: m.unit.id,
    });
    assert.equal(self.status, 400);
  });

  it('lists only organisations valid in a year', async () => {
    const closed = await call('POST', '/api/v1/organisations', {
      kind: 'unit',
      name: 'Nedlagd enhet',
      parentId: m.board.id,
      validFrom: '2020-01-01',
      validTo: '2023-12-31',
    });
    assert.equal(closed.status, 201);
    const now = await call('GET', `/api/v1/organisations?year=${m.year}`);
    assert.ok(!now.body.some((o: { id: string }) => o.id === closed.body.id));
    const then = await call('GET', '/api/v1/organisations?year=2022');
    assert.ok(then.body.some((o: { id: string }) => o.id === closed.body.id));
  });

  it('reorders sibling goals and refuses to delete a goal with children', async () => {
    const extra = await call('POST', '/api/v1/goals', {
      year: m.year,
      level: 'city_area',
      organisationId: m.city.id,
      parentId: m.direction.id,
      number: '1.4',
      title: 'Ännu ett mål',
    });
    assert.equal(extra.body.sortOrder, m.area.sortOrder + 1, 'a new goal goes last among its siblings');
    assert.equal(
      (
        await call('POST', '/api/v1/goals/reorder', {
          ids: [extra.body.id, m.area.id],
          expectedIds: [m.area.id, extra.body.id],
        })
      ).status,
      204,
    );
    const goals = await call('GET', `/api/v1/goals?parentId=${m.direction.id}`);
    assert.deepEqual(
      goals.body.map((g: { id: string }) => g.id),
      [extra.body.id, m.area.id],
    );
    const refused = await call('DELETE', `/api/v1/goals/${m.direction.id}?version=${m.direction.version}`);
    assert.equal(refused.status, 409);
  });

  it('chooses which inherited goals a plan shows, and only goals of its year', async () => {
    const ok = await call('PUT', `/api/v1/plans/${m.plan.id}/visibility`, {
      goalIds: [m.boardGoal.id],
      placementIds: [m.placement.id],
      expected: { goalIds: [], placementIds: [] },
    });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.goalIds, [m.boardGoal.id]);
    const other = await buildMunicipality(ctx, 2026);
    const wrongYear = await call('PUT', `/api/v1/plans/${m.plan.id}/visibility`, {
      goalIds: [other.boardGoal.id],
      expected: ok.body,
    });
    assert.equal(wrongYear.status, 400);
  });

  it('refuses a second plan of the same kind for the same unit and year', async () => {
    const res = await call('POST', '/api/v1/plans', {
      organisationId: m.unit.id,
      year: m.year,
      kind: 'plan',
    });
    assert.equal(res.status, 409);
  });
});
