import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { createBudgetRow, createBudgetTable } from './budget.ts';
import { createPlan } from './plan.ts';
import { createPlanSection } from './plan-section.ts';

const ctx = await openTestContext();
const { app, admin } = await createSignedInApp({ database: ctx.handle, actor: 'flödestestare' });
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

async function step(planId: string, action: string, extra: Record<string, unknown> = {}) {
  const plan = await call('GET', `/api/v1/plans/${planId}`);
  return call('POST', `/api/v1/plans/${planId}/${action}`, { version: plan.body.version, ...extra });
}

describe('plan workflow through the API', () => {
  it('moves a plan draft → submitted → returned → submitted → approved → decided → published, all recorded', async () => {
    const id = m.plan.id;
    const section = await createPlanSection(ctx, id, { part: 'intro', heading: 'Uppdrag', body: 'Text' });
    const table = await createBudgetTable(ctx, id, { layout: 'simple' });
    const row = await createBudgetRow(ctx, table.id, { label: 'Personal', groupKind: 'cost', budget: 10 });

    assert.equal((await step(id, 'submit')).body.status, 'submitted');
    // Locked for the unit while submitted: every kind of plan content write is refused with 403.
    const writes = [
      [
        'PATCH',
        `/api/v1/plans/${id}`,
        { version: (await call('GET', `/api/v1/plans/${id}`)).body.version, title: 'X' },
      ],
      ['POST', `/api/v1/plans/${id}/sections`, { part: 'intro', heading: 'Ny' }],
      ['PATCH', `/api/v1/sections/${section.id}`, { version: section.version, heading: 'Ändrad' }],
      ['DELETE', `/api/v1/sections/${section.id}?version=${section.version}`],
      [
        'POST',
        `/api/v1/plans/${id}/sections/reorder`,
        { part: 'intro', ids: [section.id], expectedIds: [section.id] },
      ],
      ['PUT', `/api/v1/plans/${id}/visibility`, { goalIds: [], expected: { goalIds: [], placementIds: [] } }],
      ['POST', `/api/v1/plans/${id}/budget-tables`, { layout: 'simple' }],
      ['PATCH', `/api/v1/budget-tables/${table.id}`, { version: table.version, title: 'T' }],
      ['POST', `/api/v1/budget-tables/${table.id}/rows`, { label: 'Lokaler', groupKind: 'cost' }],
      ['PATCH', `/api/v1/budget-rows/${row.id}`, { version: row.version, budget: 20 }],
      ['DELETE', `/api/v1/budget-rows/${row.id}?version=${row.version}`],
      ['DELETE', `/api/v1/budget-tables/${table.id}?version=${table.version}`],
      ['DELETE', `/api/v1/plans/${id}?version=1`],
    ] as const;
    for (const [method, path, body] of writes) {
      const res = await call(method, path, body);
      assert.equal(res.status, 403, `${method} ${path}`);
      assert.match(res.body.message, /låst tills den återlämnas/);
      assert.equal(res.body.details.planStatus, 'submitted');
    }

    const noComment = await step(id, 'return');
    assert.equal(noComment.status, 400);
    assert.ok(noComment.body.details.fields.comment);
    const returned = await step(id, 'return', { comment: 'Komplettera Inledningen med uppdraget.' });
    assert.equal(returned.body.status, 'draft');
    const edited = await call('PATCH', `/api/v1/sections/${section.id}`, {
      version: section.version,
      body: 'Mer',
    });
    assert.equal(edited.status, 200);

    assert.equal((await step(id, 'submit')).body.status, 'submitted');
    assert.equal((await step(id, 'approve')).body.status, 'approved');
    const badDecision = await step(id, 'decide', { decidedOn: '2025-02-30', body: 'Nämnden' });
    assert.equal(badDecision.status, 400);
    const decided = await step(id, 'decide', {
      decidedOn: '2025-02-20',
      body: 'Stadsdelsnämnden',
      paragraph: '§ 12',
      dnr: 'SDN 2025/17',
    });
    assert.equal(decided.status, 200);
    assert.equal(decided.body.status, 'decided');
    assert.ok(decided.body.decisionId);
    const frozen = await call('PATCH', `/api/v1/sections/${section.id}`, { version: 2, body: 'Ändring' });
    assert.equal(frozen.status, 403);
    assert.match(frozen.body.message, /beslutad och kan inte ändras/);
    assert.equal((await step(id, 'publish')).body.status, 'published');

    const history = await call('GET', `/api/v1/plans/${id}/workflow`);
    assert.deepEqual(
      history.body.events.map(
        (e: { action: string; fromStatus: string; toStatus: string }) =>
          `${e.action}:${e.fromStatus}>${e.toStatus}`,
      ),
      [
        'submit:draft>submitted',
        'return:submitted>draft',
        'submit:draft>submitted',
        'approve:submitted>approved',
        'decide:approved>decided',
        'publish:decided>published',
      ],
    );
    assert.equal(history.body.events[1].comment, 'Komplettera Inledningen med uppdraget.');
    const decide = history.body.events[4];
    assert.deepEqual(
      [decide.decidedOn, decide.decisionBody, decide.decisionParagraph, decide.decisionDnr],
      ['2025-02-20', 'Stadsdelsnämnden', '§ 12', 'SDN 2025/17'],
    );
    assert.deepEqual(history.body.actions, ['reopen']);
    assert.ok(history.body.events.every((e: { actor: string }) => e.actor === admin.actor));

    const audit = await ctx.db
      .selectFrom('auditEvent')
      .select(['entity', 'action'])
      .where('entity', '=', 'planWorkflowEvent')
      .execute();
    assert.equal(audit.length, 6);
  });

  it('refuses a step that the status does not allow, and a stale version, with 409', async () => {
    const report = await createPlan(ctx, { organisationId: m.otherUnit.id, year: m.year, kind: 't1' });
    const early = await step(report.id, 'approve');
    assert.equal(early.status, 409);
    assert.match(early.body.message, /Utkast.*Inskickad/);
    const stale = await call('POST', `/api/v1/plans/${report.id}/submit`, { version: report.version - 1 });
    assert.equal(stale.status, 409);
    assert.equal((await step(report.id, 'submit')).body.status, 'submitted');
  });

  it('reopens a decided report as a new draft only with a comment', async () => {
    const report = await createPlan(ctx, { organisationId: m.otherUnit.id, year: m.year, kind: 'annual' });
    await step(report.id, 'submit');
    await step(report.id, 'approve');
    await step(report.id, 'decide', { decidedOn: '2026-03-01', body: 'Stadsdelsnämnden' });
    assert.equal((await step(report.id, 'reopen')).status, 400);
    const reopened = await step(report.id, 'reopen', { comment: 'Rättelse av siffror' });
    assert.equal(reopened.body.status, 'draft');
    assert.equal(reopened.body.decisionId, null);
    const patched = await call('PATCH', `/api/v1/plans/${report.id}`, {
      version: reopened.body.version,
      title: 'Ny',
    });
    assert.equal(patched.status, 200);
  });
});
