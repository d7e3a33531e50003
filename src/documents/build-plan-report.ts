import type { Kysely } from 'kysely';
import { findYearTemplate } from '../db/repos/year.ts';
import type { Database } from '../db/schema.ts';
import { buildPlanTree } from '../services/plan-tree.ts';
import type { PlanTree } from '../shared/schemas/plan-tree.ts';
import { budgetBlocks } from './budget-blocks.ts';
import { goalBlocks } from './goal-blocks.ts';
import { findDocumentLogo } from './logo.ts';
import type { HeadingLevel, LetterheadLine, PlanReport } from './plan-report.ts';
import { type ReportWriter, reportWriter } from './report-writer.ts';
import { type DocumentTemplate, fillYear, templateFor } from './templates.ts';

export const DOCUMENT_NAMES = {
  plan: 'Verksamhetsplan',
  t1: 'Tertialrapport 1',
  t2: 'Tertialrapport 2',
  annual: 'Verksamhetsberättelse',
} as const;

/** The plan as a document: front matter, table of contents and body, in the year's template. */
export async function buildPlanReport(db: Kysely<Database>, planId: string): Promise<PlanReport> {
  const tree = await buildPlanTree({ db, actor: 'dokument', now: () => new Date() }, planId);
  const report = assemblePlanReport(
    tree,
    templateFor(tree.plan.year, await findYearTemplate(db, tree.plan.year)),
  );
  report.front.logo = await findDocumentLogo(db);
  return report;
}

/** Pure: the report for a plan tree under a template. */
export function assemblePlanReport(tree: PlanTree, template: DocumentTemplate): PlanReport {
  const { plan, organisation } = tree;
  const scope = organisation.kind === 'board' ? 'board' : organisation.kind === 'city' ? 'other' : 'unit';
  const name = `${DOCUMENT_NAMES[plan.kind]} ${plan.year}`;
  const inline = template.titleForm === 'inline';
  const title = inline ? `${name} för ${organisation.name}` : name;
  const issuer = [tree.city?.name, scope === 'unit' ? tree.board?.name : organisation.name]
    .filter((s): s is string => Boolean(s))
    .filter((s, i, all) => all.indexOf(s) === i)
    .join(' · ');

  const out = reportWriter();
  const { body, heading } = out;

  const intro = tree.sections.filter((s) => s.part === 'intro');
  if (intro.length) {
    heading(2, 'Inledning', true);
    sectionBlocks(intro, out);
  }
  goalBlocks(tree, template, scope, out);
  // Unit plans always carry the economy part; board plans when they have one.
  if (scope === 'unit' || economyHasContent(tree)) economyBlocks(tree, template, out);
  const other = tree.sections.filter((s) => s.part === 'other');
  if (other.length) {
    heading(2, 'Övrigt', true);
    sectionBlocks(other, out, true);
  }
  const first = body.find((b) => b.kind === 'heading');
  if (first) first.pageBreakBefore = true;

  const author = plan.author.trim();
  return {
    meta: {
      planId: plan.id,
      year: plan.year,
      scope,
      templateKey: template.key,
      title: inline ? title : `${title} – ${organisation.name}`,
      author: author || organisation.name,
      subject: `${name}, ${organisation.name}`,
      language: 'sv',
      issuer,
      dnr: plan.dnr.trim(),
      documentDate: plan.documentDate,
    },
    front: {
      issuer,
      letterhead: letterhead(tree),
      title,
      subtitle: inline ? null : organisation.name,
      decision: template.decisionBlock
        ? { heading: template.decisionHeading, markdown: plan.decisionProposal }
        : null,
    },
    tocHeading: 'Innehållsförteckning',
    toc: body.flatMap((b) => (b.kind === 'heading' && b.toc ? [headingTocEntry(b)] : [])),
    body,
  };
}

function headingTocEntry(b: { id: string; level: HeadingLevel; label: string | null; text: string }) {
  return { id: b.id, level: b.level, text: b.label ? `${b.label}: ${b.text}` : b.text };
}

/** Free sections: depth 1 sits right under Inledning/Övrigt, deeper ones one level further each. */
function sectionBlocks(sections: PlanTree['sections'], out: ReportWriter, tocTopLevel = false) {
  for (const section of sections) {
    const level = Math.min(6, 2 + Math.max(1, section.depth)) as HeadingLevel;
    out.heading(level, section.heading, tocTopLevel && section.depth <= 1);
    if (section.body.trim()) out.body.push({ kind: 'markdown', markdown: section.body });
  }
}

function economyBlocks(tree: PlanTree, template: DocumentTemplate, out: ReportWriter) {
  const { plan } = tree;
  out.heading(2, template.economyHeading, true);
  out.heading(3, template.resourcesHeading, true);
  if (plan.economyText.trim()) out.body.push({ kind: 'markdown', markdown: plan.economyText });
  out.heading(3, fillYear(template.budgetHeading, plan.year), true);
  if (plan.budgetText.trim()) out.body.push({ kind: 'markdown', markdown: plan.budgetText });
  out.body.push(...budgetBlocks(tree.budgetTables, template));
}

function economyHasContent(tree: PlanTree): boolean {
  return Boolean(tree.plan.economyText.trim() || tree.plan.budgetText.trim() || tree.budgetTables.length);
}

function letterhead(tree: PlanTree): LetterheadLine[][] {
  const { plan } = tree;
  const blocks: LetterheadLine[][] = [];
  const first: LetterheadLine[] = [];
  if (plan.dnr.trim()) first.push({ label: 'Dnr', value: plan.dnr.trim() });
  if (plan.documentDate) first.push({ label: null, value: plan.documentDate });
  if (first.length) blocks.push(first);
  if (plan.author.trim() || plan.phone.trim()) {
    const lines: LetterheadLine[] = [{ label: null, value: 'Handläggare' }];
    if (plan.author.trim()) lines.push({ label: null, value: plan.author.trim() });
    if (plan.phone.trim()) lines.push({ label: 'Telefon', value: plan.phone.trim() });
    blocks.push(lines);
  }
  if (plan.addressee.trim())
    blocks.push([
      { label: null, value: 'Till' },
      { label: null, value: plan.addressee.trim() },
    ]);
  return blocks;
}
