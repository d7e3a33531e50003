import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildEdgeCasePlan } from '../../test/helpers/documents.ts';
import { readImportFixture } from '../../test/helpers/import.ts';
import { createApiToken } from '../services/api-token.ts';
import { createDecision } from '../services/decision.ts';
import { ensureReport } from '../services/follow-up-report.ts';
import { writeOutcome } from '../services/outcome.ts';
import { createPlan } from '../services/plan.ts';
import { createPlanComment } from '../services/plan-comment.ts';
import { approvePlan, decidePlan, publishPlan, reopenPlan, submitPlan } from '../services/plan-workflow.ts';
import type { EndpointDef } from '../shared/endpoint.ts';
import { endpoints } from '../shared/endpoints/index.ts';

const ctx = await openTestContext();
const { app, api, admin } = await createSignedInApp({ database: ctx.handle, actor: 'api-testare' });
await createApiToken(ctx, { name: 'Integration', role: 'reader', userId: admin.principal.userId });
const m = await buildEdgeCasePlan(ctx);
const decision = await createDecision(ctx, { body: 'Nämnden', decidedOn: '2025-01-20', title: 'Mål 2025' });
const activity = await ctx.db.selectFrom('activity').select('id').executeTakeFirstOrThrow();
const section = await ctx.db.selectFrom('planSection').select('id').executeTakeFirstOrThrow();
const report = await ensureReport(ctx, { organisationId: m.unit.id, year: m.year, period: 'VB' });
await writeOutcome(ctx, {
  indicatorId: m.indicator.id,
  organisationId: m.unit.id,
  year: m.year,
  period: 'VB',
  gender: 'T',
  value: 81,
  status: 'final',
  comment: '',
});

// A decided version (then reopened, so the plan takes writes again) and a comment, so their lists are not empty.
for (const step of ['submit', 'approve'] as const) {
  const plan = await ctx.db
    .selectFrom('plan')
    .select('version')
    .where('id', '=', m.plan.id)
    .executeTakeFirstOrThrow();
  await (step === 'submit' ? submitPlan : approvePlan)(ctx, m.plan.id, { version: plan.version });
}
const approved = await ctx.db
  .selectFrom('plan')
  .select('version')
  .where('id', '=', m.plan.id)
  .executeTakeFirstOrThrow();
const decided = await decidePlan(ctx, m.plan.id, {
  version: approved.version,
  decidedOn: '2025-02-01',
  body: 'Nämnden',
});
await reopenPlan(ctx, m.plan.id, { version: decided.version, comment: 'Ny version' });
await createPlanComment(ctx, m.plan.id, { targetKind: 'plan', body: 'Ser bra ut.' });

// A published board plan for the public list and the open data.
let published = await createPlan(ctx, { organisationId: m.board.id, year: m.year, kind: 'plan' });
published = await submitPlan(ctx, published.id, { version: published.version });
published = await approvePlan(ctx, published.id, { version: published.version });
published = await decidePlan(ctx, published.id, {
  version: published.version,
  decidedOn: '2025-03-01',
  body: 'Nämnden',
});
await publishPlan(ctx, published.id, { version: published.version });

const key = (e: EndpointDef) => `${e.method.toUpperCase()} ${e.path}`;
const table = Object.values(endpoints) as EndpointDef[];
const withId = api.routes.filter((r) => r.path.includes('/:'));

/** A real record for each kind of path id. */
function pathFor(e: EndpointDef): string {
  const ids: Record<string, string> = {
    organisations: m.unit.id,
    goals: m.unitGoal.id,
    indicators: m.indicator.id,
    placements: m.placement.id,
    decisions: decision.id,
    activities: activity.id,
    plans: m.plan.id,
    sections: section.id,
    reports: report.id,
  };
  const noun = e.path.split('/')[3]!;
  return e.path.replace(':id', ids[noun] ?? 'saknas');
}

const QUERIES: Record<string, string> = {
  listTargetHistory: `?indicatorId=${m.indicator.id}&organisationId=${m.unit.id}&year=${m.year}`,
  listOrganisations: `?year=${m.year}`,
  listPlans: `?year=${m.year}`,
  listHiddenIndicators: `?goalId=${m.boardGoal.id}`,
  listFollowUpPeriods: `?year=${m.year}`,
  comparePlans: `?organisationId=${m.unit.id}&year=${m.year}`,
  getBoardOverview: `?organisationId=${m.board.id}&year=${m.year}`,
  search: `?year=${m.year}&q=${encodeURIComponent('brukarna')}`,
  findFollowUpReport: `?organisationId=${m.unit.id}&year=${m.year}&period=VB`,
  listOutcomeHistory: `?indicatorId=${m.indicator.id}&organisationId=${m.unit.id}&year=${m.year}&period=VB`,
  getRollup: `?indicatorId=${m.indicator.id}&organisationId=${m.board.id}&year=${m.year}&period=VB`,
  getBoardReview: `?organisationId=${m.board.id}&year=${m.year}&period=VB`,
  listPublishedPlans: `?year=${m.year}`,
  getOpenData: `?year=${m.year}`,
  getDashboard: `?organisationId=${m.city.id}&year=${m.year}&period=VB`,
};

function assertFits(e: EndpointDef, json: unknown) {
  const result = e.response!.safeParse(json);
  assert.ok(
    result.success,
    `${key(e)}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`,
  );
}

describe('route table', () => {
  it('registers every endpoint of the shared contract', () => {
    const registered = new Set(api.routes.map(key));
    assert.deepEqual(
      table.map(key).filter((k) => !registered.has(k)),
      [],
    );
  });

  it('gives every route a response schema, a media type or 204', () => {
    const missing = api.routes.filter((r) => !r.response && !r.produces && r.status !== 204).map(key);
    assert.deepEqual(missing, []);
  });

  it('carries the response schemas into /api/openapi.json', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    const tree = doc.paths['/api/v1/plans/{id}/tree'].get.responses['200'].content['application/json'].schema;
    assert.ok(tree.properties.goals, 'the plan tree response names its goals');
    assert.deepEqual(
      doc.paths['/api/v1/goals/{id}'].get.responses['200'].content[
        'application/json'
      ].schema.properties.level.enum.sort(),
      ['board', 'city_area', 'city_direction', 'unit'],
    );
  });

  for (const [name, e] of Object.entries(endpoints) as [string, EndpointDef][]) {
    if (e.method !== 'get' || !e.response) continue;
    it(`answers ${key(e)} as its response schema says`, async () => {
      const res = await app.request(pathFor(e) + (QUERIES[name] ?? ''));
      assert.equal(res.status, 200, await res.clone().text());
      const json = await res.json();
      if (Array.isArray(json) && name !== 'listHiddenIndicators')
        assert.ok(json.length > 0, `${key(e)} answered an empty list; the test proves nothing`);
      assertFits(e, json);
    });
  }

  it('answers writes as their response schemas say', async () => {
    const send = async (e: EndpointDef, path: string, body: unknown) => {
      const res = await app.request(path, {
        method: e.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.ok(res.ok, await res.clone().text());
      const json = await res.json();
      assertFits(e, json);
      return json;
    };
    const goal = await send(endpoints.createGoal, '/api/v1/goals', {
      year: m.year,
      level: 'unit',
      organisationId: m.unit.id,
      parentId: m.boardGoal.id,
      title: 'Svar enligt kontraktet',
    });
    await send(endpoints.updateGoal, `/api/v1/goals/${goal.id}`, {
      version: goal.version,
      followUp: 'Varje tertial.',
    });
    await send(endpoints.setTarget, '/api/v1/targets', {
      indicatorId: m.indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      kind: 'increase',
    });
    const visibility = await (await app.request(`/api/v1/plans/${m.plan.id}/visibility`)).json();
    await send(endpoints.setPlanVisibility, `/api/v1/plans/${m.plan.id}/visibility`, {
      ...visibility,
      expected: visibility,
    });
    const tables = await (await app.request(`/api/v1/plans/${m.plan.id}/budget-tables`)).json();
    await send(endpoints.createBudgetRow, `/api/v1/budget-tables/${tables[0].id}/rows`, {
      label: 'Hyra',
      groupKind: 'cost',
      budget: 120,
    });
    const preview = await send(endpoints.importPlans, '/api/v1/imports?dryRun=1&year=2026', {
      name: 'plan.txt',
      text: readImportFixture('plan-2025-dnr.txt'),
    });
    assert.equal(preview.report.plans[0].status, 'preview');
  });

  for (const r of withId) {
    it(`answers ${key(r)} with a malformed id as 404 "finns inte"`, async () => {
      const path = r.path.replace(/:[A-Za-z]+/g, 'inte-ett-id');
      const res = await app.request(path, {
        method: r.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        ...(r.method === 'get' ? {} : { body: '{}' }),
      });
      assert.equal(res.status, 404);
      const body = await res.json();
      assert.equal(body.code, 'NOT_FOUND');
      assert.match(body.message, /finns ingen/);
    });
  }
});
