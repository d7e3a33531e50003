// Collects warnings and unplaced text for one plan, so section parsers can report without knowing
// which plan they are in. Nothing the parser cannot place is dropped: it goes through `unplace`.
import type { ImportWarning, UnplacedBlock } from './parsed-plan.ts';
import type { Item } from './text.ts';

export interface Sink {
  warn(line: number, code: string, message: string): void;
  unplace(items: Item[], context: string): void;
  /** Reports a paragraph re-joined across a page break, so the join can be reviewed. */
  joined(line: number): void;
}

export function createSink(
  planIndex: number | null,
  warnings: ImportWarning[],
  unplaced: UnplacedBlock[],
): Sink {
  return {
    warn(line, code, message) {
      warnings.push({ line, planIndex, code, message });
    },
    joined(line) {
      warnings.push({
        line,
        planIndex,
        code: 'paragraph_rejoined',
        message: `Stycket på rad ${line} har slagits ihop med stycket före (avbrutet av en sidbrytning).`,
      });
    },
    unplace(items, context) {
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      unplaced.push({ line: first.no, endLine: last.no, text: items.map((i) => i.raw).join('\n'), context });
      warnings.push({
        line: first.no,
        planIndex,
        code: 'unplaced_text',
        message: `Text på rad ${first.no} (${context}) kunde inte placeras i något fält och har lagts bland oplacerad text. Kontrollera och flytta den manuellt.`,
      });
    },
  };
}
