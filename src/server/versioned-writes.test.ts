import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { createActivity } from '../services/activity.ts';

// Versioned deletes, versioned reorders and visibility, and writes that change nothing (issue 8, items 2 and 3).
const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'versionstestare' })).app;
const m = await buildMunicipality(ctx);

interface Answer {
  status: number;
  body: { [key: string]: unknown; message?: string; details?: { current?: unknown } };
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

async function auditRows(entity: string, entityId: string) {
  return ctx.db
    .selectFrom('auditEvent')
    .selectAll()
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}

async function section(heading: string) {
  const res = await call('POST', `/api/v1/plans/${m.plan.id}/sections`, { part: 'other', heading });
  assert.equal(res.status, 201);
  return res.body as { id: string; version: number; heading: string };
}

describe('a delete names the version it saw', () => {
  it('refuses a delete without a version, 409 with the record for a stale one, 404 once gone', async () => {
    const s = await section('Att ta bort');
    const bare = await call('DELETE', `/api/v1/sections/${s.id}`);
    assert.equal(bare.status, 400);
    assert.match(bare.body.message ?? '', /version/);
    const edited = await call('PATCH', `/api/v1/sections/${s.id}`, { version: s.version, heading: 'Ändrad' });
    assert.equal(edited.status, 200);
    const stale = await call('DELETE', `/api/v1/sections/${s.id}?version=${s.version}`);
    assert.equal(stale.status, 409);
    assert.equal((stale.body.details?.current as { heading?: string } | undefined)?.heading, 'Ändrad');
    const ok = await call('DELETE', `/api/v1/sections/${s.id}?version=${edited.body.version}`);
    assert.equal(ok.status, 204);
    const again = await call('DELETE', `/api/v1/sections/${s.id}?version=${edited.body.version}`);
    assert.equal(again.status, 404);
    const deletes = (await auditRows('planSection', s.id)).filter((r) => r.action === 'delete');
    assert.equal(deletes.length, 1);
  });

  it('versions the delete of an indicator placement too', async () => {
    const goal = await call('POST', '/api/v1/goals', {
      year: m.year,
      level: 'city_area',
      organisationId: m.city.id,
      parentId: m.direction.id,
      number: '1.9',
      title: 'Mål för placeringstest',
    });
    const placed = await call('POST', '/api/v1/placements', {
      indicatorId: m.indicator.id,
      goalId: goal.body.id,
    });
    assert.equal(placed.status, 201);
    assert.equal((await call('DELETE', `/api/v1/placements/${placed.body.id}`)).status, 400);
    assert.equal(
      (
        await call(
          'DELETE',
          `/api/v1/placements/${placed.body.id}?version=${Number(placed.body.version) + 1}`,
        )
      ).status,
      409,
    );
    assert.equal(
      (await call('DELETE', `/api/v1/placements/${placed.body.id}?version=${placed.body.version}`)).status,
      204,
    );
  });
});

describe('a write that changes nothing leaves no trace', () => {
  it('keeps the version and writes no audit row for a PATCH that repeats the stored values', async () => {
    const s = await section('Oförändrad');
    const before = (await auditRows('planSection', s.id)).length;
    const same = await call('PATCH', `/api/v1/sections/${s.id}`, {
      version: s.version,
      heading: 'Oförändrad',
    });
    assert.equal(same.status, 200);
    assert.equal(same.body.version, s.version);
    assert.equal((await auditRows('planSection', s.id)).length, before);
    const changed = await call('PATCH', `/api/v1/sections/${s.id}`, { version: s.version, heading: 'Ny' });
    assert.equal(changed.body.version, s.version + 1);
    assert.equal((await auditRows('planSection', s.id)).length, before + 1);
  });

  it('gives an activity a new version when only its assigned units change', async () => {
    const activity = await createActivity(ctx, {
      year: m.year,
      title: 'Gemensam aktivitet',
      startDate: `${m.year}-02-01`,
      endDate: `${m.year}-03-01`,
      ownerOrganisationId: m.board.id,
      goalId: m.boardGoal.id,
      assignedOrganisationIds: [m.unit.id],
    });
    const res = await call('PATCH', `/api/v1/activities/${activity.id}`, {
      version: activity.version,
      assignedOrganisationIds: [m.unit.id, m.otherUnit.id],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.version, activity.version + 1);
    const same = await call('PATCH', `/api/v1/activities/${activity.id}`, {
      version: res.body.version,
      assignedOrganisationIds: [m.otherUnit.id, m.unit.id],
    });
    assert.equal(same.body.version, res.body.version);
  });
});

describe('a reorder sends the order it read', () => {
  it('refuses a stale order with the stored one, audits a real move once and writes nothing for a no-op', async () => {
    const table = await call('POST', `/api/v1/plans/${m.plan.id}/budget-tables`, { layout: 'simple' });
    const rows: string[] = [];
    for (const label of ['Personal', 'Lokaler', 'Övrigt']) {
      const row = await call('POST', `/api/v1/budget-tables/${table.body.id}/rows`, {
        label,
        groupKind: 'cost',
      });
      rows.push(String(row.body.id));
    }
    const [a, b, c] = rows as [string, string, string];
    const path = `/api/v1/budget-tables/${table.body.id}/rows/reorder`;
    assert.equal((await call('POST', path, { ids: [b, a, c] })).status, 400);
    const moved = await call('POST', path, { ids: [b, a, c], expectedIds: [a, b, c] });
    assert.equal(moved.status, 204);
    const audit = await auditRows('budgetRowOrder', String(table.body.id));
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.after, { ids: [b, a, c] });
    // A second client still holding the first order is refused and told the stored order.
    const stale = await call('POST', path, { ids: [c, b, a], expectedIds: [a, b, c] });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.details?.current, { ids: [b, a, c] });
    const noop = await call('POST', path, { ids: [b, a, c], expectedIds: [b, a, c] });
    assert.equal(noop.status, 204);
    assert.equal((await auditRows('budgetRowOrder', String(table.body.id))).length, 1);
  });
});

describe('the inherited goals a plan shows are versioned by the choice read', () => {
  it('refuses a stale choice, writes the difference once and nothing for a repeat', async () => {
    const plan = await call('POST', '/api/v1/plans', {
      organisationId: m.otherUnit.id,
      year: m.year,
      kind: 'plan',
    });
    const path = `/api/v1/plans/${plan.body.id}/visibility`;
    const empty = { goalIds: [], placementIds: [] };
    assert.equal((await call('PUT', path, { goalIds: [m.boardGoal.id] })).status, 400);
    const first = await call('PUT', path, { goalIds: [m.boardGoal.id], expected: empty });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { goalIds: [m.boardGoal.id], placementIds: [] });
    const stale = await call('PUT', path, { placementIds: [m.placement.id], goalIds: [], expected: empty });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.details?.current, first.body);
    const repeat = await call('PUT', path, { goalIds: [m.boardGoal.id], expected: first.body });
    assert.equal(repeat.status, 200);
    assert.equal((await auditRows('planVisibility', String(plan.body.id))).length, 1);
    const tree = await call('GET', `/api/v1/plans/${plan.body.id}/tree`);
    assert.deepEqual(tree.body.visibility, first.body);
  });
});
