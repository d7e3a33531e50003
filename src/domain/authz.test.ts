import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abilities, can, canReadPlan, type OrgAncestry, type Principal, type RoleGrant } from './authz.ts';

// A city with two boards; board A has a department with a unit.
const city = { id: 'city', kind: 'city' } as const;
const boardA = { id: 'boardA', kind: 'board' } as const;
const boardB = { id: 'boardB', kind: 'board' } as const;
const dept = { id: 'dept', kind: 'department' } as const;
const unit = { id: 'unit', kind: 'unit' } as const;
const unitB = { id: 'unitB', kind: 'unit' } as const;

const at = {
  city: [city] as OrgAncestry,
  boardA: [boardA, city] as OrgAncestry,
  boardB: [boardB, city] as OrgAncestry,
  unit: [unit, dept, boardA, city] as OrgAncestry,
  unitB: [unitB, boardB, city] as OrgAncestry,
};

function person(...grants: RoleGrant[]): Principal {
  return { userId: 'u', name: 'Test', email: 't@example.se', grants };
}

describe('can', () => {
  it('lets an admin of the whole municipality do everything everywhere', () => {
    const admin = person({ role: 'admin', organisationId: null });
    for (const where of Object.values(at)) {
      assert.ok(Object.values(abilities(admin, where)).every(Boolean));
    }
  });

  it('lets a unit writer write and submit only their own unit', () => {
    const writer = person({ role: 'unit_writer', organisationId: 'unit' });
    assert.ok(can(writer, 'plan.write', at.unit));
    assert.ok(can(writer, 'plan.submit', at.unit));
    assert.ok(can(writer, 'followup.write', at.unit));
    assert.equal(can(writer, 'plan.write', at.unitB), false);
    assert.equal(can(writer, 'plan.approve', at.unit), false);
    assert.equal(can(writer, 'plan.decide', at.unit), false);
  });

  it('refuses a unit writer the inherited board and council text', () => {
    const writer = person({ role: 'unit_writer', organisationId: 'unit' });
    assert.equal(can(writer, 'plan.write', at.boardA), false);
    assert.equal(can(writer, 'framework.write', at.city), false);
  });

  it('refuses a unit writer granted on a board the board itself (one unit, not a board)', () => {
    const writer = person({ role: 'unit_writer', organisationId: 'boardA' });
    assert.equal(can(writer, 'plan.write', at.boardA), false);
    assert.ok(can(writer, 'plan.write', at.unit));
  });

  it('lets a board planner write the board and everything below it, not the neighbour board', () => {
    const planner = person({ role: 'board_planner', organisationId: 'boardA' });
    assert.ok(can(planner, 'plan.write', at.boardA));
    assert.ok(can(planner, 'plan.write', at.unit));
    assert.ok(can(planner, 'import.run', at.unit));
    assert.equal(can(planner, 'plan.write', at.boardB), false);
    assert.equal(can(planner, 'plan.approve', at.unit), false);
    assert.equal(can(planner, 'framework.write', at.city), false);
  });

  it('lets the board approver return, approve, decide, publish and reopen, but not write', () => {
    const approver = person({ role: 'board_approver', organisationId: 'boardA' });
    for (const action of [
      'plan.return',
      'plan.approve',
      'plan.decide',
      'plan.publish',
      'plan.reopen',
    ] as const) {
      assert.ok(can(approver, action, at.unit), action);
      assert.ok(can(approver, action, at.boardA), action);
      assert.equal(can(approver, action, at.unitB), false, action);
    }
    assert.equal(can(approver, 'plan.write', at.unit), false);
  });

  it('lets a city planner write the council framework and city plans, not a board plan', () => {
    const cityPlanner = person({ role: 'city_planner', organisationId: null });
    assert.ok(can(cityPlanner, 'framework.write', at.city));
    assert.ok(can(cityPlanner, 'plan.write', at.city));
    assert.ok(can(cityPlanner, 'year.manage', at.city));
    assert.equal(can(cityPlanner, 'plan.write', at.boardA), false);
    assert.equal(can(cityPlanner, 'organisation.manage', at.city), false);
  });

  it('gives a reader no writes, only the drafts of their own board', () => {
    const reader = person({ role: 'reader', organisationId: 'boardA' });
    const allowed = Object.entries(abilities(reader, at.unit))
      .filter(([, ok]) => ok)
      .map(([a]) => a);
    assert.deepEqual(allowed.sort(), ['comment.write', 'draft.read']);
    assert.equal(can(reader, 'draft.read', at.unitB), false);
  });

  it('keeps an admin scoped to a board out of the rest of the municipality', () => {
    const boardAdmin = person({ role: 'admin', organisationId: 'boardA' });
    assert.ok(can(boardAdmin, 'plan.decide', at.unit));
    assert.equal(can(boardAdmin, 'plan.write', at.boardB), false);
    assert.equal(can(boardAdmin, 'municipality.manage', at.city), false);
  });

  it('adds up several grants', () => {
    const both = person(
      { role: 'unit_writer', organisationId: 'unit' },
      { role: 'board_approver', organisationId: 'boardB' },
    );
    assert.ok(can(both, 'plan.write', at.unit));
    assert.ok(can(both, 'plan.approve', at.unitB));
    assert.equal(can(both, 'plan.approve', at.unit), false);
  });

  it('gives a person with no grants nothing', () => {
    assert.ok(Object.values(abilities(person(), at.unit)).every((ok) => !ok));
  });
});

describe('canReadPlan', () => {
  const unitWriter = person({ role: 'unit_writer', organisationId: 'unit' });

  it('shows a draft only within its organisation and those above it', () => {
    assert.ok(canReadPlan(unitWriter, 'draft', at.unit));
    assert.equal(canReadPlan(unitWriter, 'draft', at.boardA), false);
    assert.equal(canReadPlan(unitWriter, 'submitted', at.unitB), false);
    assert.ok(canReadPlan(person({ role: 'reader', organisationId: 'boardA' }), 'approved', at.unit));
  });

  it('shows decided and published plans to every signed-in person', () => {
    assert.ok(canReadPlan(unitWriter, 'decided', at.unitB));
    assert.ok(canReadPlan(person(), 'published', at.boardB));
  });
});
