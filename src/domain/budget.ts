import type { BudgetGroup } from './vocabulary.ts';
/**
 * Budget arithmetic. Stored amounts use one convention: revenue and cost both positive.
 * Net is revenue − cost (negative = net cost); deviation is forecast net − budget net,
 * so a positive deviation is better than budget.
 */
export interface BudgetLine {
  label: string;
  groupKind: BudgetGroup;
  budget: number;
  forecast: number | null;
  outcome: number | null;
}

export interface BudgetColumnTotals {
  revenue: number;
  cost: number;
  net: number;
}

export interface BudgetSummary {
  budget: BudgetColumnTotals;
  forecast: BudgetColumnTotals | null;
  outcome: BudgetColumnTotals | null;
  /** forecast net − budget net; null while no forecast has been entered. */
  deviation: number | null;
}

export function summariseBudget(rows: readonly BudgetLine[]): BudgetSummary {
  const totals = (pick: (row: BudgetLine) => number | null): BudgetColumnTotals | null => {
    let revenue = 0;
    let cost = 0;
    let any = false;
    for (const row of rows) {
      const amount = pick(row);
      if (amount == null) continue;
      any = true;
      if (row.groupKind === 'revenue') revenue += amount;
      else cost += amount;
    }
    return any || rows.length === 0
      ? { revenue: round(revenue), cost: round(cost), net: round(revenue - cost) }
      : null;
  };
  const budget = totals((r) => r.budget)!;
  const forecast = rows.some((r) => r.forecast != null) ? totals((r) => r.forecast) : null;
  const outcome = rows.some((r) => r.outcome != null) ? totals((r) => r.outcome) : null;
  return { budget, forecast, outcome, deviation: forecast ? round(forecast.net - budget.net) : null };
}

/** How a template prints amounts. */
export type SignConvention = 'all_positive' | 'revenue_negative' | 'cost_negative';

/** The printed amount for a stored (positive) amount under a template's convention. */
export function signedAmount(amount: number, groupKind: BudgetGroup, convention: SignConvention): number {
  if (convention === 'revenue_negative' && groupKind === 'revenue') return -amount;
  if (convention === 'cost_negative' && groupKind === 'cost') return -amount;
  return amount;
}

/** The printed net under a convention: all_positive prints net cost as a positive number. */
export function signedNet(totals: BudgetColumnTotals, convention: SignConvention): number {
  if (convention === 'all_positive') return round(totals.cost - totals.revenue);
  if (convention === 'revenue_negative') return round(totals.cost - totals.revenue);
  return totals.net;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
