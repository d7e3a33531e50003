import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';

const ctx = await openTestContext();
const { app, admin } = await createSignedInApp({ database: ctx.handle, actor: 'api-testare' });
const m = await buildMunicipality(ctx);

const json = (method: string, body: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('HTTP API', () => {
  it('answers health with the database engine', async () => {
    const res = await app.request('/api/v1/health');
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database, process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite');
  });

  it('creates a unit goal and records who wrote it', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'unit',
        organisationId: m.unit.id,
        parentId: m.boardGoal.id,
        title: 'Fler i arbete',
        number: '1.',
      }),
    );
    assert.equal(res.status, 201);
    const goal = await res.json();
    assert.equal(goal.createdBy, admin.actor);
    assert.match(goal.createdBy, /^api-testare \(admin-.*@test\.invalid\)$/);
    assert.equal(goal.number, '1');
    assert.equal(goal.version, 1);
    const audit = await ctx.db.selectFrom('auditEvent').selectAll().where('entityId', '=', goal.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'create');
  });

  it('rejects malformed JSON with a Swedish message', async () => {
    const res = await app.request('/api/v1/goals', json('POST', '{"title": '));
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.code, 'INVALID');
    assert.match(body.message, /ogiltig JSON/);
  });

  it('names the fields with wrong types', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json('POST', { year: 'i år', level: 'unit', organisationId: 'x', title: '' }),
    );
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.ok(body.details.fields.year);
    assert.ok(body.details.fields.organisationId);
    assert.ok(body.details.fields.title);
  });

  it('rejects a unit goal under a council goal and writes nothing', async () => {
    const before = await ctx.db.selectFrom('goal').select('id').execute();
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'unit',
        organisationId: m.unit.id,
        parentId: m.area.id,
        title: 'Fel nivå',
      }),
    );
    assert.equal(res.status, 400);
    assert.ok((await res.json()).details.fields.parentId);
    assert.equal((await ctx.db.selectFrom('goal').select('id').execute()).length, before.length);
  });

  it('rejects a unit goal under another board’s goal', async () => {
    const foreign = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'board',
        organisationId: m.otherBoard.id,
        parentId: m.area.id,
        title: 'Annan nämnds mål',
      }),
    );
    const foreignGoal = await foreign.json();
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'unit',
        organisationId: m.unit.id,
        parentId: foreignGoal.id,
        title: 'Fel nämnd',
      }),
    );
    assert.equal(res.status, 400);
    assert.match((await res.json()).message, /egen nämnd/);
  });

  it('rejects a duplicate number on the same level, org and year', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'city_area',
        organisationId: m.city.id,
        parentId: m.direction.id,
        number: '1.3.',
        title: 'Dubblett',
      }),
    );
    assert.equal(res.status, 409);
    assert.match((await res.json()).details.fields.number, /används redan/);
  });

  it('answers 404 for an unknown id and for a malformed id', async () => {
    assert.equal((await app.request('/api/v1/goals/7f1c0b5e-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await app.request('/api/v1/goals/inte-ett-id')).status, 404);
  });

  it('rejects an activity ending before it starts', async () => {
    const res = await app.request(
      '/api/v1/activities',
      json('POST', {
        year: m.year,
        ownerOrganisationId: m.unit.id,
        title: 'Baklänges',
        startDate: '2025-06-01',
        endDate: '2025-01-01',
      }),
    );
    assert.equal(res.status, 400);
    assert.ok((await res.json()).details.fields.endDate);
  });

  it('rejects a target that does not fit the indicator', async () => {
    const res = await app.request(
      '/api/v1/targets',
      json('PUT', {
        indicatorId: m.indicator.id,
        organisationId: m.unit.id,
        year: m.year,
        kind: 'number',
        value: 140,
      }),
    );
    assert.equal(res.status, 400);
    assert.match((await res.json()).details.fields.value, /mellan 0 och 100/);
  });

  it('rejects over-long text', async () => {
    const res = await app.request(
      '/api/v1/goals',
      json('POST', {
        year: m.year,
        level: 'unit',
        organisationId: m.unit.id,
        parentId: m.boardGoal.id,
        title: 'x'.repeat(501),
      }),
    );
    assert.equal(res.status, 400);
    assert.match((await res.json()).details.fields.title, /högst 500 tecken/);
  });

  it('answers a stale write with 409 and the current record', async () => {
    const goal = await addUnitGoal(ctx, m);
    const first = await app.request(
      `/api/v1/goals/${goal.id}`,
      json('PATCH', { version: 1, title: 'Första ändringen' }),
    );
    assert.equal(first.status, 200);
    assert.equal((await first.json()).version, 2);
    const stale = await app.request(
      `/api/v1/goals/${goal.id}`,
      json('PATCH', { version: 1, title: 'Inaktuell ändring' }),
    );
    assert.equal(stale.status, 409);
    const body = await stale.json();
    assert.equal(body.code, 'CONFLICT');
    assert.equal(body.details.current.title, 'Första ändringen');
  });

  it('keeps target history and detects a stale target write', async () => {
    const base = {
      indicatorId: m.indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      kind: 'number',
      value: 80,
    };
    const first = await (
      await app.request('/api/v1/targets', json('PUT', { ...base, expectedRevision: null }))
    ).json();
    assert.equal(first.revision, 1);
    const second = await app.request(
      '/api/v1/targets',
      json('PUT', { ...base, value: 85, expectedRevision: 1 }),
    );
    assert.equal((await second.json()).revision, 2);
    const stale = await app.request(
      '/api/v1/targets',
      json('PUT', { ...base, value: 90, expectedRevision: 1 }),
    );
    assert.equal(stale.status, 409);
    const history = await (
      await app.request(
        `/api/v1/targets/history?indicatorId=${m.indicator.id}&organisationId=${m.unit.id}&year=${m.year}`,
      )
    ).json();
    assert.deepEqual(
      history.map((t: { value: number | null }) => t.value),
      [85, 80],
    );
  });

  it('serves an OpenAPI document covering every route', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/plans/{id}/tree'].get);
    assert.ok(doc.paths['/api/v1/goals'].post.requestBody);
    assert.ok(Object.keys(doc.paths).length >= 25);
  });
});
