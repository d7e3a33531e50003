import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import type { RoleGrant } from '../domain/authz.ts';
import { AppError } from '../domain/errors.ts';
import { abilitiesOn, assertCan, canSeePlan } from './authz.ts';
import type { Ctx } from './context.ts';

const base = await openTestContext();
const m = await buildMunicipality(base);

function as(...grants: RoleGrant[]): Ctx {
  return {
    ...base,
    actor: 'Eva Ek',
    principal: { userId: 'u1', name: 'Eva Ek', email: 'eva@example.se', grants },
  };
}

describe('assertCan', () => {
  it('lets the process itself (no principal) do everything', async () => {
    await assertCan(base, 'municipality.manage', { organisationId: null });
    assert.ok((await abilitiesOn(base, { organisationId: m.unit.id }))['plan.decide']);
  });

  it('lets a unit writer write their unit and refuses the board with a Swedish message naming it', async () => {
    const writer = as({ role: 'unit_writer', organisationId: m.unit.id });
    await assertCan(writer, 'plan.write', { organisationId: m.unit.id });
    await assert.rejects(
      assertCan(writer, 'plan.write', { organisationId: m.board.id }),
      (error: AppError) =>
        error.code === 'FORBIDDEN' &&
        error.message.includes(m.board.name) &&
        error.message.includes('behörighet'),
    );
    await assert.rejects(assertCan(writer, 'plan.write', { organisationId: m.otherUnit.id }), AppError);
  });

  it('checks the tree as stored: a board approver covers the units below the board', async () => {
    const approver = as({ role: 'board_approver', organisationId: m.board.id });
    await assertCan(approver, 'plan.decide', { organisationId: m.unit.id });
    await assert.rejects(assertCan(approver, 'plan.decide', { organisationId: m.otherBoard.id }), AppError);
  });

  it('checks municipality-wide actions against the root of the tree', async () => {
    await assertCan(as({ role: 'city_planner', organisationId: m.city.id }), 'year.manage', {
      organisationId: m.city.id,
    });
    await assert.rejects(
      assertCan(as({ role: 'board_planner', organisationId: m.board.id }), 'year.manage', {
        organisationId: null,
      }),
      AppError,
    );
  });

  it('hides drafts of other organisations and shows decided plans to everyone', async () => {
    const writer = as({ role: 'unit_writer', organisationId: m.otherUnit.id });
    assert.equal(await canSeePlan(writer, { organisationId: m.unit.id, status: 'draft' }), false);
    assert.equal(await canSeePlan(writer, { organisationId: m.unit.id, status: 'decided' }), true);
    const reader = as({ role: 'reader', organisationId: m.board.id });
    assert.equal(await canSeePlan(reader, { organisationId: m.unit.id, status: 'submitted' }), true);
  });
});
