import { formatNumber } from '../domain/target-rules.ts';
import type { FollowUpTree } from '../shared/schemas/follow-up-views.ts';
import type { ReportTable, ReportTableColumn, ReportTableRow } from './plan-report.ts';

type BudgetTable = FollowUpTree['budgetTables'][number];

const amount = (n: number | null | undefined) => (n == null ? '' : formatNumber(n));

/**
 * Each budget table with the period's forecast (and at VB the outcome) beside the budget, the deviation
 * in the plan's convention (positive = better than budget) and the comment explaining it. Amounts are
 * printed as stored: revenue and cost both positive, so every row reads the same way.
 */
export function followUpEconomyTables(tables: readonly BudgetTable[], annual: boolean): ReportTable[] {
  return tables.map((table) => {
    const unit = table.amountUnit || 'tkr';
    const columns: ReportTableColumn[] = [
      { text: `Belopp (${unit})`, align: 'left', width: annual ? 22 : 28 },
      { text: 'Budget', align: 'right', width: 13 },
      { text: 'Prognos', align: 'right', width: 13 },
      ...(annual ? [{ text: 'Utfall', align: 'right' as const, width: 13 }] : []),
      { text: 'Avvikelse', align: 'right', width: 13 },
      { text: 'Kommentar', align: 'left', width: annual ? 26 : 33 },
    ];
    const line = (
      label: string,
      budget: number,
      forecast: number | null | undefined,
      outcome: number | null | undefined,
      deviation: number | null | undefined,
      comment: string,
    ) => [
      label,
      amount(budget),
      amount(forecast),
      ...(annual ? [amount(outcome)] : []),
      amount(deviation),
      comment,
    ];
    const rows: ReportTableRow[] = [];
    for (const kind of ['revenue', 'cost'] as const) {
      const members = table.rows.filter((r) => r.groupKind === kind);
      if (!members.length) continue;
      rows.push({
        cells: [kind === 'revenue' ? 'Intäkter' : 'Kostnader', ...columns.slice(1).map(() => '')],
        style: 'group',
      });
      for (const r of members) {
        const f = r.forecast;
        rows.push({
          cells: line(r.label, r.budget, f?.forecast, f?.outcome, f?.deviation, f?.comment.trim() ?? ''),
        });
      }
    }
    const { summary } = table;
    // Net is revenue − cost; the deviation of the whole table is the compared net minus the budget net.
    const compared = summary.outcome ?? summary.forecast;
    rows.push({
      cells: line(
        'Netto (intäkter − kostnader)',
        summary.budget.net,
        summary.forecast?.net,
        summary.outcome?.net,
        compared ? compared.net - summary.budget.net : null,
        '',
      ),
      style: 'total',
    });
    return {
      kind: 'table',
      role: 'budget',
      caption: table.title || 'Budget',
      captionVisible: true,
      columns,
      rows,
    };
  });
}
