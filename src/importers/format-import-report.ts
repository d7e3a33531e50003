// A plain-text summary of an import report, per plan, for the command line.
import { GOAL_LEVEL_LABEL } from '../shared/vocabulary.ts';
import type { CountKind, KindCount, PlanImportReport } from './import-report.ts';

const KIND_LABEL: Partial<Record<CountKind, string>> = {
  indicators: 'Indikatorer',
  placements: 'Indikatorplaceringar',
  targets: 'Målvärden',
  activities: 'Aktiviteter',
  budgetTables: 'Budgettabeller',
  budgetRows: 'Budgetrader',
  sections: 'Avsnitt (Inledning, Övrigt)',
  unplaced: 'Oplacerad text',
  organisations: 'Organisationer',
};

const word = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(c: KindCount): string {
  const parts = [word(c.created, 'ny', 'nya'), word(c.linked, 'kopplad', 'kopplade')];
  if (c.updated) parts.push(word(c.updated, 'ändrad', 'ändrade'));
  if (c.removed) parts.push(word(c.removed, 'borttagen', 'borttagna'));
  return `${c.recognised} (${parts.join(', ')})`;
}

const STATUS = {
  imported: 'importerad',
  preview: 'förhandsgranskning, inget sparat',
  failed: 'misslyckades',
};

export function formatPlanReport(r: PlanImportReport): string {
  const head = `${r.unit ?? 'Okänd enhet'} ${r.year ?? ''} – ${r.file ?? ''} rad ${r.startLine}–${r.endLine}: ${STATUS[r.status]}`;
  if (r.status === 'failed' && r.collision) {
    return `${head}\n  Fel: ${r.error}\n  Kör igen med --on-collision link (koppla), --on-collision own (planens egna mål) eller --year ÅR (ett annat år).`;
  }
  if (r.status === 'failed') return `${head}\n  Fel: ${r.error}`;
  const lines = [head, `  Nämnd: ${r.board ?? '–'}`];
  for (const [level, count] of Object.entries(r.goals)) {
    lines.push(`  ${GOAL_LEVEL_LABEL[level as keyof typeof GOAL_LEVEL_LABEL]}: ${describe(count)}`);
  }
  for (const [kind, label] of Object.entries(KIND_LABEL)) {
    lines.push(`  ${label}: ${describe(r.counts[kind as CountKind])}`);
  }
  if (r.warnings.length > 0) {
    lines.push(`  Varningar (${r.warnings.length}):`);
    for (const w of r.warnings) lines.push(`    rad ${w.line}: ${w.message}`);
  }
  for (const note of r.notes) lines.push(`  Obs: ${note}`);
  return lines.join('\n');
}
