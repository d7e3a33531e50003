// Verifies that a parse lost no text: every non-blank source line of a plan (TOC entries, table header
// rows, dash rules and bare labels excepted) must occur in some string of the parsed plan. Migration
// teams run it on each imported file; the tests run it on fixtures and seeds.
import { tableKind } from './goal-tables.ts';
import type { ParsedPlan } from './parsed-plan.ts';
import { headingKey, type Item, toItems, toLines } from './text.ts';

const LABEL_ONLY = new Set([
  'till',
  'förslag till beslut',
  'bilagor',
  'innehållsförteckning',
  'telefon:',
  'telefon',
]);

/** Normalises text the way the parser transforms it: markup, glyphs, list markers and spacing. */
function normalise(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-–](?=\S)|[-–]\s+)/, ''))
    .join(' ')
    .replace(/\*\*|\*|<\/?(?:i|b|em|strong|u)>|[♀♂]/gi, '')
    .replace(/\s§(?=\s|$)/g, ' ')
    .replace(/\\\|/g, '|')
    .replace(/\s+/g, ' ')
    .trim();
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(normalise(value));
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) collectStrings(v, out);
}

function needles(item: Item): string[] {
  if (item.isRow) {
    if (tableKind(item) || /^[\s\t-]+$/.test(item.raw)) return [];
    return item.raw
      .split('\t')
      .map(normalise)
      .filter((c) => c !== '');
  }
  const key = headingKey(item.text);
  if (LABEL_ONLY.has(key)) return [];
  const labelled = /^(?:telefon|dnr):?\s*(.*)$/i.exec(item.text.trim());
  if (labelled) return labelled[1] ? [normalise(labelled[1])] : [];
  return [normalise(item.text)];
}

export interface LostLine {
  line: number;
  text: string;
}

export function findLostLines(text: string, plan: ParsedPlan): LostLine[] {
  const haystack: string[] = [];
  collectStrings(plan, haystack);
  const all = haystack.join('\n');
  const toc = new Set(plan.front.tableOfContents.map(normalise));
  const lines = toLines(text).slice(plan.startLine - 1, plan.endLine);
  const lost: LostLine[] = [];
  for (const item of toItems(lines)) {
    if (toc.has(normalise(item.raw))) continue;
    for (const needle of needles(item)) {
      if (!all.includes(needle)) lost.push({ line: item.no, text: needle });
    }
  }
  return lost;
}
