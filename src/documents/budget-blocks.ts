import { type BudgetColumnTotals, type SignConvention, signedAmount, signedNet } from '../domain/budget.ts';
import { formatNumber } from '../domain/target-rules.ts';
import type { TreeBudgetTable } from '../shared/schemas/plan-tree.ts';
import type { ReportTable, ReportTableRow } from './plan-report.ts';
import type { DocumentTemplate } from './templates.ts';

/** Budget tables in their printed layout (category, simple, per activity), signed as the template prints them. */
export function budgetBlocks(tables: TreeBudgetTable[], template: DocumentTemplate): ReportTable[] {
  return tables.map((table) => {
    const convention = template.budgetSigns[table.layout];
    if (table.layout === 'per_activity') return perActivity(table, convention);
    return byGroup(table, convention);
  });
}

const amount = (n: number | null | undefined) => (n == null ? '' : formatNumber(n));

/** Variant A (category box with group headings and sums) and B (simple list with a net line). */
function byGroup(table: TreeBudgetTable, convention: SignConvention): ReportTable {
  const withForecast = table.summary.forecast != null;
  const category = table.layout === 'category';
  const unit = table.amountUnit || 'tkr';
  const line = (label: string, kind: 'revenue' | 'cost', budget: number, forecast: number | null) => {
    const cells = [label, amount(signedAmount(budget, kind, convention))];
    if (withForecast)
      cells.push(
        forecast == null ? '' : amount(signedAmount(forecast, kind, convention)),
        forecast == null
          ? ''
          : amount(signedAmount(forecast, kind, convention) - signedAmount(budget, kind, convention)),
      );
    return cells;
  };
  const rows: ReportTableRow[] = [];
  for (const kind of ['revenue', 'cost'] as const) {
    const members = table.rows.filter((r) => r.groupKind === kind);
    if (category)
      rows.push({
        cells: [kind === 'revenue' ? 'Intäkter' : 'Kostnader', ...blank(withForecast)],
        style: 'group',
      });
    for (const r of members) rows.push({ cells: line(r.label, kind, r.budget, r.forecast) });
    if (category) {
      const pick = (t: BudgetColumnTotals | null) => (t ? t[kind] : null);
      rows.push({
        cells: line(
          kind === 'revenue' ? 'Summa intäkter' : 'Summa kostnader',
          kind,
          pick(table.summary.budget)!,
          pick(table.summary.forecast),
        ),
        style: 'sum',
      });
    }
  }
  rows.push({
    cells: netCells(category ? 'Summa netto' : 'Netto', table, convention, withForecast),
    style: 'total',
  });
  return {
    kind: 'table',
    role: 'budget',
    caption: table.title || 'Budget',
    captionVisible: true,
    columns: [
      {
        text: category ? `Beloppen anges i ${unit}` : `Belopp (${unit})`,
        align: 'left',
        width: withForecast ? 40 : 70,
      },
      { text: 'Budget', align: 'right', width: withForecast ? 20 : 30 },
      ...(withForecast
        ? [
            { text: 'Prognos', align: 'right' as const, width: 20 },
            { text: 'Avvikelse', align: 'right' as const, width: 20 },
          ]
        : []),
    ],
    rows,
  };
}

/** Variant C: one table per verksamhet, "Budget VP / Prognos / Avvikelse". */
function perActivity(table: TreeBudgetTable, convention: SignConvention): ReportTable {
  const rows: ReportTableRow[] = table.rows.map((r) => {
    const budget = signedAmount(r.budget, r.groupKind, convention);
    const forecast = r.forecast == null ? null : signedAmount(r.forecast, r.groupKind, convention);
    return {
      cells: [r.label, amount(budget), amount(forecast), forecast == null ? '' : amount(forecast - budget)],
    };
  });
  rows.push({
    cells: netCells(`Netto (${table.amountUnit || 'tkr'})`, table, convention, true),
    style: 'total',
  });
  return {
    kind: 'table',
    role: 'budget',
    caption: table.title || 'Budget',
    captionVisible: false,
    columns: [
      { text: table.title || 'Verksamhet', align: 'left', width: 40 },
      { text: 'Budget VP', align: 'right', width: 20 },
      { text: 'Prognos', align: 'right', width: 20 },
      { text: 'Avvikelse', align: 'right', width: 20 },
    ],
    rows,
  };
}

function netCells(label: string, table: TreeBudgetTable, convention: SignConvention, withForecast: boolean) {
  const budget = signedNet(table.summary.budget, convention);
  const cells = [label, amount(budget)];
  if (withForecast) {
    const forecast = table.summary.forecast ? signedNet(table.summary.forecast, convention) : null;
    cells.push(amount(forecast), forecast == null ? '' : amount(forecast - budget));
  }
  return cells;
}

function blank(withForecast: boolean): string[] {
  return withForecast ? ['', '', ''] : [''];
}
