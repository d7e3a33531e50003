// Typed reading of printed indicator targets. The printed text is always kept beside
// the typed value, so anything this cannot classify falls back to { kind: 'text' } rather than failing.
import type { Periodicity, TypedTarget } from './parsed-plan.ts';
import { collapse } from './text.ts';

const NUMBER_FIRST = /^(-?\d{1,3}(?: \d{3})+|-?\d+)(?:,(\d+))?(?:\s*(.*))?$/;

export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/^[−–]/, '-');
  if (!/^[-+]?\d+(?:,\d+)?$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function unitFor(rest: string): string | null | undefined {
  if (rest === '') return null;
  if (rest === '%') return '%';
  if (rest.startsWith('%')) return undefined;
  const words = rest.split(' ');
  if (words.length > 6 || words.some((w) => /^\d+$/.test(w))) return undefined;
  return rest;
}

export function parseTarget(printed: string | null): TypedTarget {
  if (printed === null) return null;
  const text = collapse(printed);
  if (text === '') return null;
  const key = text.toLowerCase();
  if (key === 'öka' || key === 'ökar' || key === 'ökning') return { kind: 'increase' };
  if (key === 'minska' || key === 'minskar' || key === 'minskning') return { kind: 'decrease' };
  if (key.startsWith('tas fram av')) return { kind: 'set_by_board', text };
  const m = NUMBER_FIRST.exec(text);
  if (m?.[1]) {
    const value = Number(`${m[1].replace(/ /g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const unit = unitFor((m[3] ?? '').trim());
    if (unit !== undefined && Number.isFinite(value)) return { kind: 'number', value, unit };
  }
  return { kind: 'text', text };
}

export function parsePeriodicity(printed: string | null): Periodicity {
  const key = (printed ?? '').trim().toLowerCase();
  if (key === 'år' || key === 'årlig' || key === 'årligen') return 'year';
  if (key === 'tertial' || key === 'tertialvis') return 'tertial';
  return null;
}
