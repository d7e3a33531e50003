import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import type { RoleGrant } from '../domain/authz.ts';
import type { AppError } from '../domain/errors.ts';
import type { Ctx } from './context.ts';
import { createGoal, updateGoal } from './goal.ts';
import { createPlan, getPlan, listPlans, updatePlan } from './plan.ts';
import { createPlanSection } from './plan-section.ts';
import { buildPlanTree } from './plan-tree.ts';
import { approvePlan, decidePlan, submitPlan } from './plan-workflow.ts';
import { setTarget } from './target.ts';

const base = await openTestContext();
const m = await buildMunicipality(base);
const other = await createPlan(base, { organisationId: m.otherUnit.id, year: m.year, kind: 'plan' });

function as(...grants: RoleGrant[]): Ctx {
  return {
    ...base,
    actor: 'Eva Ek',
    principal: { userId: 'u1', name: 'Eva Ek', email: 'eva@example.se', grants },
  };
}
const writer = as({ role: 'unit_writer', organisationId: m.unit.id });
const approver = as({ role: 'board_approver', organisationId: m.board.id });
const forbidden = (error: AppError) => error.code === 'FORBIDDEN';

describe('rights in the services', () => {
  it('lets a unit writer write their own plan and unit goals', async () => {
    await createPlanSection(writer, m.plan.id, {
      part: 'intro',
      heading: 'Inledning',
      body: 'Vårt uppdrag.',
    });
    const goal = await addUnitGoal(writer, m);
    assert.equal(goal.createdBy, 'Eva Ek');
  });

  it('refuses a unit writer the board goal, the council goal and the neighbour unit', async () => {
    await assert.rejects(
      updateGoal(writer, m.boardGoal.id, { version: m.boardGoal.version, title: 'x' }),
      forbidden,
    );
    await assert.rejects(updateGoal(writer, m.area.id, { version: m.area.version, title: 'x' }), forbidden);
    await assert.rejects(
      createGoal(writer, {
        year: m.year,
        level: 'board',
        organisationId: m.board.id,
        parentId: m.area.id,
        title: 'x',
      }),
      forbidden,
    );
    await assert.rejects(updatePlan(writer, other.id, { version: other.version, title: 'x' }), forbidden);
    await assert.rejects(
      setTarget(writer, {
        indicatorId: m.indicator.id,
        organisationId: m.board.id,
        year: m.year,
        gender: 'T',
        kind: 'increase',
      }),
      forbidden,
    );
  });

  it('lets the unit writer submit but only the approver approve and decide', async () => {
    const plan = await getPlan(base, m.plan.id);
    const submitted = await submitPlan(writer, plan.id, { version: plan.version });
    await assert.rejects(approvePlan(writer, plan.id, { version: submitted.version }), forbidden);
    const approved = await approvePlan(approver, plan.id, { version: submitted.version });
    await assert.rejects(
      decidePlan(writer, plan.id, { version: approved.version, decidedOn: '2025-02-01', body: 'Nämnden' }),
      forbidden,
    );
    const decided = await decidePlan(approver, plan.id, {
      version: approved.version,
      decidedOn: '2025-02-01',
      body: 'Nämnden',
    });
    assert.equal(decided.status, 'decided');
  });

  it('shows a draft only within its organisation and above; decided plans to everyone', async () => {
    const neighbour = as({ role: 'unit_writer', organisationId: m.otherUnit.id });
    // m.plan is decided now, the neighbour's own plan is a draft.
    const seen = (await listPlans(writer, { year: m.year })).map((p) => p.id);
    assert.ok(seen.includes(m.plan.id));
    assert.equal(seen.includes(other.id), false);
    await assert.rejects(getPlan(writer, other.id), forbidden);
    await assert.rejects(buildPlanTree(writer, other.id), forbidden);
    assert.ok((await listPlans(neighbour, { year: m.year })).some((p) => p.id === other.id));
    assert.ok((await listPlans(approver, { year: m.year })).some((p) => p.id === other.id));
    const reader = as({ role: 'reader', organisationId: m.otherBoard.id });
    assert.equal(
      (await listPlans(reader, { year: m.year })).some((p) => p.id === other.id),
      false,
    );
  });

  it('tells the editor what the person may do with the plan', async () => {
    const tree = await buildPlanTree(as({ role: 'unit_writer', organisationId: m.otherUnit.id }), other.id);
    assert.equal(tree.can['plan.write'], true);
    assert.equal(tree.can['plan.approve'], false);
    const approverTree = await buildPlanTree(approver, other.id);
    assert.equal(approverTree.can['plan.write'], false);
    assert.equal(approverTree.can['plan.approve'], true);
  });
});
