import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { createApp } from '../server/app.ts';
import { createPlan, getPlan } from './plan.ts';
import { getSnapshotFile, listPlanSnapshots } from './plan-snapshot.ts';
import { approvePlan, decidePlan, publishPlan, submitPlan } from './plan-workflow.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx);
const app = createApp({ database: ctx.handle, actor: 'publik' }).app;

async function decide(planId: string) {
  let plan = await getPlan(ctx, planId);
  plan = await submitPlan(ctx, plan.id, { version: plan.version });
  plan = await approvePlan(ctx, plan.id, { version: plan.version });
  return decidePlan(ctx, plan.id, {
    version: plan.version,
    decidedOn: '2025-03-01',
    body: 'Nämnden',
    dnr: 'N 1',
  });
}
const boardPlan = await createPlan(ctx, { organisationId: m.board.id, year: m.year, kind: 'plan' });
const decided = await decide(boardPlan.id);
await publishPlan(ctx, boardPlan.id, { version: decided.version });
await decide(m.plan.id); // decided, not published: stays off the public pages

describe('public pages', () => {
  it('lists only published plans, without a session', async () => {
    const res = await app.request(`/api/v1/public/plans?year=${m.year}`);
    assert.equal(res.status, 200);
    const plans = await res.json();
    assert.deepEqual(
      plans.map((p: { id: string }) => p.id),
      [boardPlan.id],
    );
    assert.equal(plans[0].decisionDnr, 'N 1');
  });

  it('serves the decided PDF of a published plan and refuses one that is only decided', async () => {
    const [snapshot] = await listPlanSnapshots(ctx, boardPlan.id);
    const frozen = (await getSnapshotFile(ctx, snapshot!.id, 'pdf')).bytes;
    const res = await app.request(`/api/v1/public/plans/${boardPlan.id}/document.pdf`);
    assert.equal(res.status, 200);
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), frozen);
    assert.equal((await app.request(`/api/v1/public/plans/${m.plan.id}/document.pdf`)).status, 404);
  });

  it('gives the year as open data with the decided document model', async () => {
    const data = await (await app.request(`/api/v1/public/open-data?year=${m.year}`)).json();
    assert.equal(data.plans.length, 1);
    assert.equal(data.plans[0].document.meta.planId, boardPlan.id);
    assert.equal(data.license, 'CC0-1.0');
  });
});
