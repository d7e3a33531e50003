import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BudgetLine, signedAmount, signedNet, summariseBudget } from './budget.ts';

const line = (
  label: string,
  groupKind: 'revenue' | 'cost',
  budget: number,
  forecast: number | null = null,
): BudgetLine => ({
  label,
  groupKind,
  budget,
  forecast,
  outcome: null,
});

describe('budget arithmetic', () => {
  it('sums revenue and cost and computes net as revenue minus cost', () => {
    const s = summariseBudget([
      line('Taxor', 'revenue', 33_700),
      line('Hyror', 'revenue', 500),
      line('Personal', 'cost', 21_600),
    ]);
    assert.deepEqual(s.budget, { revenue: 34_200, cost: 21_600, net: 12_600 });
    assert.equal(s.forecast, null);
    assert.equal(s.deviation, null);
  });
  it('computes deviation as forecast net minus budget net', () => {
    const s = summariseBudget([
      line('Intäkter', 'revenue', 1400, 1500),
      line('Kostnader', 'cost', 9500, 9300),
    ]);
    assert.equal(s.budget.net, -8100);
    assert.equal(s.forecast?.net, -7800);
    assert.equal(s.deviation, 300);
  });
  it('prints the three sign conventions of the seed plans', () => {
    assert.equal(signedAmount(1400, 'revenue', 'cost_negative'), 1400);
    assert.equal(signedAmount(9500, 'cost', 'cost_negative'), -9500);
    assert.equal(signedAmount(21_024, 'revenue', 'revenue_negative'), -21_024);
    assert.equal(signedAmount(599_400, 'cost', 'all_positive'), 599_400);
    const totals = { revenue: 34_200, cost: 599_400, net: -565_200 };
    assert.equal(signedNet(totals, 'all_positive'), 565_200);
    assert.equal(signedNet(totals, 'cost_negative'), -565_200);
  });
});
