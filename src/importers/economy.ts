// The economy section: "Redovisning av ekonomi" / "Uppföljning av ekonomi" → "Resursanvändning" →
// "Budget YYYY" with prose, a budget box (variant A) and budget tables.
import { buildBudgetTable, isDashRule } from './budget-table.ts';
import { isBudgetHeading } from './headings.ts';
import type { Economy } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { collapse, headingKey, type Item, itemsToMarkdown, stripMarkup } from './text.ts';

export function emptyEconomy(): Economy {
  return {
    heading: null,
    line: null,
    resourceHeading: null,
    resourceUse: '',
    budgetHeadings: [],
    budgetProse: '',
    budgetBox: [],
    tables: [],
  };
}

function isBoxRow(item: Item): boolean {
  const cells = item.raw.split('\t');
  return cells.length === 2 && collapse(cells[0] ?? '').endsWith(':');
}

function sameRow(a: Item | undefined, b: Item | undefined): boolean {
  return a !== undefined && b !== undefined && collapse(a.raw) === collapse(b.raw);
}

function addTables(economy: Economy, groups: Item[][], sink: Sink): void {
  for (let g = 0; g < groups.length; g++) {
    let rows = groups[g]!;
    const boxRows = rows.filter(isBoxRow);
    if (boxRows.length === rows.length) {
      for (const r of boxRows) {
        const [label = '', value = ''] = r.raw.split('\t').map(collapse);
        economy.budgetBox.push({ label: label.replace(/\s*:$/, ''), printedLabel: label, value, line: r.no });
      }
      continue;
    }
    // Variant B: a first row promoted to a Markdown-style header and repeated after the dash rule.
    const next = groups[g + 1];
    if (rows.length === 2 && isDashRule(rows[1]!) && sameRow(rows[0], next?.[0])) {
      sink.warn(
        rows[0]!.no,
        'budget_header_repeated',
        `Budgettabellens första rad (rad ${rows[0]!.no}) är upprepad som rubrikrad; dubbletten har tagits bort.`,
      );
      rows = next!;
      g++;
      const table = buildBudgetTable(rows, sink, false);
      table.line = groups[g - 1]![0]!.no;
      economy.tables.push(table);
      continue;
    }
    economy.tables.push(buildBudgetTable(rows, sink));
  }
}

export function parseEconomy(heading: Item | undefined, items: Item[], sink: Sink): Economy {
  const economy = emptyEconomy();
  economy.heading = heading ? stripMarkup(heading.text) : null;
  economy.line = heading?.no ?? null;
  let mode: 'none' | 'resources' | 'budget' = 'none';
  const resources: Item[] = [];
  const prose: Item[] = [];
  const pending: Item[] = [];
  const groups: Item[][] = [];
  let lastWasRow = false;
  for (const item of items) {
    if (item.isRow || isDashRule(item)) {
      const group = groups[groups.length - 1];
      if (group && lastWasRow && !item.blankBefore) group.push(item);
      else groups.push([item]);
      lastWasRow = true;
      continue;
    }
    lastWasRow = false;
    if (headingKey(item.text) === 'resursanvändning') {
      economy.resourceHeading = stripMarkup(item.text);
      mode = 'resources';
    } else if (isBudgetHeading(item.text)) {
      if (economy.budgetHeadings.length > 0) {
        sink.warn(
          item.no,
          'duplicate_heading',
          `Rubriken "${stripMarkup(item.text)}" förekommer mer än en gång (rad ${item.no}).`,
        );
      }
      economy.budgetHeadings.push({ text: stripMarkup(item.text), line: item.no });
      mode = 'budget';
    } else if (mode === 'resources') resources.push(item);
    else if (mode === 'budget') prose.push(item);
    else pending.push(item);
  }
  if (pending.length > 0) sink.unplace(pending, 'ekonomiavsnittet före Resursanvändning/Budget');
  economy.resourceUse = itemsToMarkdown(resources, sink.joined);
  economy.budgetProse = itemsToMarkdown(prose, sink.joined);
  addTables(economy, groups, sink);
  return economy;
}
