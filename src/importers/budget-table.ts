// Budget tables in the economy section: variants A (category box with <i> group rows),
// B (promoted first row + dash rule), C (per verksamhet "Budget VP / Prognos / Avvikelse"). Three sign
// conventions coexist; each table records the one it uses and carries values normalised to
// revenue and cost both positive.
import type { BudgetRow, BudgetTable, SignConvention } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { parseNumber } from './target-value.ts';
import { collapse, type Item, stripMarkup } from './text.ts';

const DASH_RULE = /^[\s\t-]+$/;

export function isDashRule(item: Item): boolean {
  return DASH_RULE.test(item.raw) && item.raw.includes('-');
}

function cells(item: Item): string[] {
  return item.raw.split('\t').map((c) => collapse(c));
}

function classify(label: string, hasValues: boolean, group: 'revenue' | 'cost' | null) {
  const key = label.toLowerCase();
  if (/^(summa )?netto\b/.test(key) || key.startsWith('nettokostnad'))
    return { group: 'net' as const, sumOf: null };
  if (key.startsWith('summa') || key.startsWith('totalt')) {
    const sumOf: 'revenue' | 'cost' | null = key.includes('intäkt')
      ? 'revenue'
      : key.includes('kostnad')
        ? 'cost'
        : null;
    return { group: 'sum' as const, sumOf };
  }
  if (!hasValues && (key === 'intäkter' || key === 'kostnader'))
    return { group: 'heading' as const, sumOf: null };
  if (key === 'intäkter') return { group: 'revenue' as const, sumOf: null };
  if (key === 'kostnader') return { group: 'cost' as const, sumOf: null };
  if (group) return { group, sumOf: null };
  const cost = /kostnad|löner|lön\b|personal|lokal|entreprenad|köp av/.test(key);
  return { group: cost ? ('cost' as const) : ('revenue' as const), sumOf: null };
}

function side(row: BudgetRow): 'revenue' | 'cost' | null {
  if (row.group === 'revenue' || row.group === 'cost') return row.group;
  return row.group === 'sum' ? row.sumOf : null;
}

function total(rows: BudgetRow[], which: 'revenue' | 'cost'): number | null {
  const sum = rows.find((r) => r.group === 'sum' && r.sumOf === which);
  if (sum) return sum.values[0] ?? null;
  const parts = rows.filter((r) => r.group === which && r.values[0] !== null);
  return parts.length === 0 ? null : parts.reduce((acc, r) => acc + (r.values[0] ?? 0), 0);
}

function detectConvention(rows: BudgetRow[]): SignConvention {
  const revenue = total(rows, 'revenue');
  const cost = total(rows, 'cost');
  if (revenue === null || cost === null) return 'unknown';
  if (revenue < 0 && cost >= 0) return 'revenue_negative';
  if (revenue >= 0 && cost < 0) return 'cost_negative';
  if (revenue >= 0 && cost >= 0) return 'all_positive';
  return 'unknown';
}

// Avoids -0, which deepEqual and JSON consumers treat differently from 0.
function negate(v: number): number {
  return v === 0 ? 0 : -v;
}

function normalise(row: BudgetRow, convention: SignConvention): (number | null)[] {
  const flipNet = convention === 'all_positive' || convention === 'revenue_negative';
  return row.values.map((v) => {
    if (v === null || row.group === 'heading') return null;
    const s = side(row);
    if (s === 'revenue' && convention === 'revenue_negative') return negate(v);
    if (s === 'cost' && convention === 'cost_negative') return negate(v);
    if (row.group === 'net' && flipNet) return negate(v);
    return v;
  });
}

function checkArithmetic(table: BudgetTable, sink: Sink): void {
  const net = table.rows.find((r) => r.group === 'net');
  if (!net || table.signConvention === 'unknown') return;
  const revenue = table.rows.find((r) => side(r) === 'revenue' && r.group === 'sum') ?? null;
  const rev = revenue?.normalized[0] ?? sumNormalised(table.rows, 'revenue');
  const cost =
    table.rows.find((r) => r.group === 'sum' && r.sumOf === 'cost')?.normalized[0] ??
    sumNormalised(table.rows, 'cost');
  const printedNet = net.normalized[0];
  if (rev === null || cost === null || printedNet === null || printedNet === undefined) return;
  if (Math.abs(rev - cost - printedNet) > 0.5) {
    sink.warn(
      net.line,
      'budget_arithmetic',
      `Nettot på rad ${net.line} stämmer inte med intäkter och kostnader i budgettabellen. Kontrollera beloppen.`,
    );
  }
}

function sumNormalised(rows: BudgetRow[], which: 'revenue' | 'cost'): number | null {
  const parts = rows.filter(
    (r) => r.group === which && r.normalized[0] !== null && r.normalized[0] !== undefined,
  );
  return parts.length === 0 ? null : parts.reduce((acc, r) => acc + (r.normalized[0] ?? 0), 0);
}

/** Builds one table from consecutive rows; `rows[0]` may be a header ("Prevention (IoF BoU)⇥Budget VP⇥…"). */
export function buildBudgetTable(rows: Item[], sink: Sink, mayHaveHeader = true): BudgetTable {
  const first = rows[0]!;
  const head = cells(first);
  const isHeader =
    mayHaveHeader && head.length > 1 && head.slice(1).every((c) => c !== '' && parseNumber(c) === null);
  let title: string | null = null;
  let headerLabel: string | null = null;
  let unit: string | null = null;
  let columns: string[] = [];
  let body = rows;
  if (isHeader) {
    const label = stripMarkup(head[0] ?? '');
    headerLabel = label;
    const amounts = /^beloppen anges i (.+)$/i.exec(label);
    if (amounts) unit = amounts[1] ?? null;
    else title = label === '' ? null : label;
    columns = head.slice(1);
    body = rows.slice(1);
  }
  const out: BudgetRow[] = [];
  let group: 'revenue' | 'cost' | null = null;
  for (const item of body) {
    if (isDashRule(item)) continue;
    const [rawLabel = '', ...printed] = cells(item);
    const label = stripMarkup(rawLabel);
    const values = printed.map((p) => parseNumber(p));
    const kind = classify(
      label,
      values.some((v) => v !== null),
      group,
    );
    if (kind.group === 'heading') group = label.toLowerCase() === 'intäkter' ? 'revenue' : 'cost';
    const row: BudgetRow = {
      label,
      group: kind.group,
      sumOf: kind.sumOf,
      printed,
      values,
      normalized: [],
      line: item.no,
    };
    out.push(row);
    const netUnit = /\((t?kr|mnkr)\)/i.exec(label);
    if (netUnit && unit === null) unit = netUnit[1] ?? null;
  }
  const table: BudgetTable = {
    title,
    headerLabel,
    columns,
    unit,
    rows: out,
    signConvention: 'unknown',
    line: first.no,
  };
  table.signConvention = detectConvention(out);
  for (const row of out) row.normalized = normalise(row, table.signConvention);
  checkArithmetic(table, sink);
  return table;
}
