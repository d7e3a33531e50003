// Budget tables: the layout follows the printed variant, amounts are stored with the
// one sign convention (revenue and cost positive). Sums, net and deviation are computed, so printed
// ones are checked against the rows and any mismatch is reported instead of stored.
import type { BudgetRowRow } from '../db/schema.ts';
import { summariseBudget } from '../domain/budget.ts';
import { LIMITS } from '../domain/limits.ts';
import {
  type BudgetTableWithRows,
  createBudgetRow,
  createBudgetTable,
  deleteBudgetRow,
  deleteBudgetTable,
  listBudgetTables,
  updateBudgetRow,
  updateBudgetTable,
} from '../services/budget.ts';
import type { BudgetGroup, BudgetLayout } from '../shared/vocabulary.ts';
import { fit, type ImportState, quote, warn } from './import-state.ts';
import type { BudgetTable } from './parsed-plan.ts';

type Column = 'budget' | 'forecast' | 'outcome' | 'deviation';
type Layout = BudgetLayout;

interface WantedRow {
  label: string;
  groupKind: BudgetGroup;
  budget: number;
  forecast: number | null;
  outcome: number | null;
}

export function columnsOf(t: BudgetTable): Column[] {
  if (t.columns.length === 0) return ['budget'];
  return t.columns.map((c, i) => {
    if (/prognos/i.test(c)) return 'forecast';
    if (/utfall/i.test(c)) return 'outcome';
    if (/avvikelse/i.test(c)) return 'deviation';
    return i === 0 || /budget/i.test(c) ? 'budget' : 'deviation';
  });
}

export function layoutOf(t: BudgetTable): Layout {
  if (t.columns.some((c) => /prognos|avvikelse|utfall/i.test(c))) return 'per_activity';
  if (t.rows.some((r) => r.group === 'heading' || r.group === 'sum') || /belopp/i.test(t.headerLabel ?? ''))
    return 'category';
  return 'simple';
}

function wantedRows(state: ImportState, t: BudgetTable): WantedRow[] {
  const columns = columnsOf(t);
  const pick = (values: (number | null)[], col: Column) => {
    const i = columns.indexOf(col);
    return i < 0 ? null : (values[i] ?? null);
  };
  const rows: WantedRow[] = [];
  for (const r of t.rows) {
    if (r.group !== 'revenue' && r.group !== 'cost') continue;
    const budget = pick(r.normalized, 'budget');
    if (budget === null) {
      warn(
        state,
        r.line,
        'budget_amount_missing',
        `Budgetraden ${quote(r.label)} (rad ${r.line}) saknar belopp; 0 har sparats.`,
      );
    } else if (budget < 0) {
      warn(
        state,
        r.line,
        'budget_sign_unexpected',
        `Budgetraden ${quote(r.label)} (rad ${r.line}) har ett belopp med oväntat tecken för tabellens teckenkonvention; det har sparats som ${budget}.`,
      );
    }
    rows.push({
      label: fit(state, r.label || '(utan namn)', LIMITS.name, 'Budgetradens namn', r.line),
      groupKind: r.group,
      budget: budget ?? 0,
      forecast: pick(r.normalized, 'forecast'),
      outcome: pick(r.normalized, 'outcome'),
    });
  }
  return rows;
}

/** Printed sums and nets must equal what the stored rows add up to. */
function checkSums(state: ImportState, t: BudgetTable, rows: WantedRow[]) {
  const summary = summariseBudget(rows);
  const columns = columnsOf(t);
  for (const r of t.rows) {
    if (r.group !== 'sum' && r.group !== 'net') continue;
    for (const [i, col] of columns.entries()) {
      const printed = r.normalized[i];
      const totals = col === 'budget' ? summary.budget : col === 'forecast' ? summary.forecast : null;
      if (printed == null || !totals) continue;
      const computed =
        r.group === 'net'
          ? totals.net
          : r.sumOf === 'revenue'
            ? totals.revenue
            : r.sumOf === 'cost'
              ? totals.cost
              : null;
      if (computed === null || Math.abs(computed - printed) < 0.5) continue;
      warn(
        state,
        r.line,
        'budget_sum_mismatch',
        `Budgetraden ${quote(r.label)} (rad ${r.line}) visar ${r.printed[i] ?? printed}, men raderna ger ${computed}. Summor räknas fram ur raderna; kontrollera beloppen.`,
      );
    }
  }
}

export async function linkBudget(state: ImportState, planId: string): Promise<void> {
  const counts = state.report.counts;
  const existing = await listBudgetTables(state.trx, planId);
  for (const [index, t] of state.parsed.economy.tables.entries()) {
    const rows = wantedRows(state, t);
    checkSums(state, t, rows);
    const values = {
      title: fit(state, t.title ?? '', LIMITS.name, 'Budgettabellens rubrik', t.line),
      layout: layoutOf(t),
      amountUnit: (t.unit ?? 'tkr').toLowerCase().slice(0, 20),
    };
    counts.budgetTables.recognised++;
    let table: BudgetTableWithRows | undefined = existing[index];
    if (!table) {
      table = await createBudgetTable(state.trx, planId, { ...values, sortOrder: index });
      counts.budgetTables.created++;
    } else {
      counts.budgetTables.linked++;
      const changed = Object.entries(values).some(([k, v]) => (table as Record<string, unknown>)[k] !== v);
      if (changed || table.sortOrder !== index) {
        await updateBudgetTable(state.trx, table.id, { ...values, sortOrder: index, version: table.version });
        counts.budgetTables.updated++;
      }
    }
    await syncRows(state, table.id, table.rows, rows);
  }
  for (const extra of existing.slice(state.parsed.economy.tables.length)) {
    await deleteBudgetTable(state.trx, extra.id, extra.version);
    counts.budgetTables.removed++;
  }
}

async function syncRows(state: ImportState, tableId: string, stored: BudgetRowRow[], rows: WantedRow[]) {
  const count = state.report.counts.budgetRows;
  for (const [index, row] of rows.entries()) {
    count.recognised++;
    const current = stored[index];
    if (!current) {
      await createBudgetRow(state.trx, tableId, { ...row, sortOrder: index });
      count.created++;
      continue;
    }
    count.linked++;
    const same =
      current.label === row.label &&
      current.groupKind === row.groupKind &&
      Number(current.budget) === row.budget &&
      nullableEqual(current.forecast, row.forecast) &&
      nullableEqual(current.outcome, row.outcome) &&
      current.sortOrder === index;
    if (same) continue;
    await updateBudgetRow(state.trx, current.id, { ...row, sortOrder: index, version: current.version });
    count.updated++;
  }
  for (const extra of stored.slice(rows.length)) {
    await deleteBudgetRow(state.trx, extra.id, extra.version);
    count.removed++;
  }
}

function nullableEqual(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Number(a) === b;
}
