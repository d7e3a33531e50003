// Free sections of the plan: Inledning and Övrigt with their headings and depth, and printed text that
// fits no field as 'unplaced' sections. Sections are synced with the document: matched by part and
// heading, changed ones updated, missing ones created, ones the document no longer has removed.
import type { PlanSectionRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import {
  createPlanSection,
  deletePlanSection,
  listPlanSections,
  updatePlanSection,
} from '../services/plan-section.ts';
import { SECTION_PARTS, type SectionPart } from '../shared/vocabulary.ts';
import type { KindCount } from './import-report.ts';
import { fit, type ImportState } from './import-state.ts';
import type { TextSection } from './parsed-plan.ts';

type Part = SectionPart;

interface WantedSection {
  part: Part;
  heading: string;
  depth: number;
  body: string;
  line: number;
}

function partSections(
  part: Part,
  heading: string,
  preamble: string,
  sections: TextSection[],
  line: number,
): WantedSection[] {
  const out: WantedSection[] = [];
  // Text directly under the part heading is kept as a first section carrying the part's own heading.
  if (preamble.trim()) out.push({ part, heading, depth: 1, body: preamble.trim(), line });
  for (const s of sections) {
    out.push({
      part,
      heading: s.heading,
      depth: Math.min(3, Math.max(1, s.depth)),
      body: s.body,
      line: s.line,
    });
  }
  return out;
}

function unplacedSections(state: ImportState): WantedSection[] {
  const { parsed } = state;
  const f = parsed.front;
  const extra: WantedSection[] = parsed.unplaced.map((u) => ({
    part: 'unplaced',
    heading: `Rad ${u.line}${u.endLine > u.line ? `–${u.endLine}` : ''}: ${u.context}`,
    depth: 1,
    body: u.text,
    line: u.line,
  }));
  const add = (heading: string, lines: string[]) => {
    if (lines.length > 0)
      extra.push({ part: 'unplaced', heading, depth: 1, body: lines.join('\n\n'), line: parsed.startLine });
  };
  add('Adressblock', f.addressBlock);
  add('Bilagor', f.attachments);
  add(
    'Budgetruta',
    parsed.economy.budgetBox.map((b) => `${b.label}: ${b.value}`),
  );
  if (f.date && f.letterDate && f.letterDate !== f.date)
    add('Brevhuvud', [`Datum i brevhuvudet: ${f.letterDate}`]);
  for (const u of state.unplaced) extra.push({ part: 'unplaced', ...u, depth: 1 });
  return extra;
}

export function wantedSections(state: ImportState): WantedSection[] {
  const p = state.parsed;
  return [
    ...partSections('intro', p.introHeading ?? 'Inledning', p.introPreamble, p.intro, p.startLine),
    ...partSections('other', p.otherHeading ?? 'Övrigt', p.otherPreamble, p.other, p.startLine),
    ...unplacedSections(state),
  ];
}

export async function linkSections(state: ImportState, planId: string): Promise<void> {
  const existing = await listPlanSections(state.trx, planId);
  const used = new Set<string>();
  const wanted = wantedSections(state);
  for (const part of SECTION_PARTS) {
    const count = part === 'unplaced' ? state.report.counts.unplaced : state.report.counts.sections;
    const mine = existing.filter((s) => s.part === part);
    const list = wanted.filter((w) => w.part === part);
    for (const [index, w] of list.entries()) {
      await syncSection(state, planId, w, index, mine, used, count);
    }
    for (const s of mine.filter((m) => !used.has(m.id))) {
      await deletePlanSection(state.trx, s.id, s.version);
      count.removed++;
    }
  }
}

async function syncSection(
  state: ImportState,
  planId: string,
  w: WantedSection,
  sortOrder: number,
  mine: PlanSectionRow[],
  used: Set<string>,
  count: KindCount,
) {
  let heading = fit(state, w.heading || '(utan rubrik)', LIMITS.heading, 'Rubriken', w.line);
  const body =
    heading === w.heading.trim() || !w.heading.trim() ? w.body : `${w.heading.trim()}\n\n${w.body}`;
  heading ||= '(utan rubrik)';
  count.recognised++;
  const match =
    mine.find((m) => !used.has(m.id) && m.heading === heading && m.sortOrder === sortOrder) ??
    mine.find((m) => !used.has(m.id) && m.heading === heading);
  if (!match) {
    await createPlanSection(state.trx, planId, { part: w.part, heading, depth: w.depth, body, sortOrder });
    count.created++;
    return;
  }
  used.add(match.id);
  count.linked++;
  if (match.body === body && match.depth === w.depth && match.sortOrder === sortOrder) return;
  await updatePlanSection(state.trx, match.id, { body, depth: w.depth, sortOrder, version: match.version });
  count.updated++;
}
