import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  availableActions,
  isFrozen,
  isWritable,
  nextStatus,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  type PlanAction,
  type PlanStatus,
} from './plan-workflow.ts';

// The expected table, written out in full so a change to the state machine has to change this test too.
const EXPECTED: Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { return: 'draft', approve: 'approved' },
  approved: { return: 'draft', decide: 'decided' },
  decided: { publish: 'published', reopen: 'draft' },
  published: { reopen: 'draft' },
};

describe('plan workflow', () => {
  for (const from of PLAN_STATUSES) {
    for (const action of PLAN_ACTIONS) {
      const to = EXPECTED[from][action];
      it(`${action} from ${from} ${to ? `leads to ${to}` : 'is refused'}`, () => {
        const result = nextStatus(from, action, 'en kommentar');
        if (to) assert.deepEqual(result, { ok: true, to });
        else {
          assert.equal(result.ok, false);
          assert.equal(!result.ok && result.reason, 'not-allowed');
          assert.match(!result.ok ? result.message : '', /Ladda om sidan/);
        }
      });
    }
  }

  it('requires a comment to return or reopen', () => {
    for (const [from, action] of [
      ['submitted', 'return'],
      ['approved', 'return'],
      ['decided', 'reopen'],
    ] as const) {
      const result = nextStatus(from, action, '  ');
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.reason, 'comment-required');
    }
  });

  it('does not require a comment to submit, approve, decide or publish', () => {
    assert.deepEqual(nextStatus('draft', 'submit'), { ok: true, to: 'submitted' });
    assert.deepEqual(nextStatus('submitted', 'approve'), { ok: true, to: 'approved' });
    assert.deepEqual(nextStatus('approved', 'decide'), { ok: true, to: 'decided' });
    assert.deepEqual(nextStatus('decided', 'publish'), { ok: true, to: 'published' });
  });

  it('lists the actions open from each status', () => {
    for (const s of PLAN_STATUSES)
      assert.deepEqual(availableActions(s).sort(), Object.keys(EXPECTED[s]).sort());
  });

  it('only drafts are writable; decided and published are frozen', () => {
    assert.deepEqual(PLAN_STATUSES.filter(isWritable), ['draft']);
    assert.deepEqual(PLAN_STATUSES.filter(isFrozen), ['decided', 'published']);
  });
});
