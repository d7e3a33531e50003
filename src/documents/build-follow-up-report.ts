import type { Kysely } from 'kysely';
import { findYearTemplate } from '../db/repos/year.ts';
import type { Database } from '../db/schema.ts';
import type { Ctx } from '../services/context.ts';
import { buildFollowUpTree } from '../services/follow-up-tree.ts';
import { getRollup } from '../services/rollup.ts';
import type { FollowUpTree, ReportGoal, Rollup } from '../shared/schemas/follow-up-views.ts';
import { ASSESSMENT_LABEL, ASSESSMENTS, PLAN_STATUS_LABEL } from '../shared/vocabulary.ts';
import { DOCUMENT_NAMES } from './build-plan-report.ts';
import { followUpGoalBlocks } from './follow-up-blocks.ts';
import { followUpEconomyTables } from './follow-up-economy.ts';
import type { LetterheadLine, PlanReport, ReportTable } from './plan-report.ts';
import { reportWriter } from './report-writer.ts';
import { type DocumentTemplate, templateFor } from './templates.ts';

/** A T1, T2 or VB report (a plan row of kind t1 | t2 | annual) as a document. */
export async function buildFollowUpReport(db: Kysely<Database>, reportId: string): Promise<PlanReport> {
  const ctx = { db, actor: 'dokument', now: () => new Date() };
  const tree = await buildFollowUpTree(ctx, reportId);
  const template = templateFor(tree.report.year, await findYearTemplate(db, tree.report.year));
  return assembleFollowUpReport(tree, template, await rollupsOf(ctx, tree));
}

/**
 * A board or the city reports its consolidated indicators as the units' values rolled up, computed
 * now from what the units reported; units (and indicators without consolidation) print their own.
 */
async function rollupsOf(ctx: Ctx, tree: FollowUpTree): Promise<Map<string, Rollup>> {
  const out = new Map<string, Rollup>();
  const { organisation, report } = tree;
  if (organisation.kind !== 'board' && organisation.kind !== 'city') return out;
  const ids = new Set<string>();
  const visit = (g: ReportGoal) => {
    if (g.shown)
      for (const i of g.indicators)
        if (i.due && i.consolidation !== 'none' && i.outcomes.every((o) => !o.latest)) ids.add(i.indicatorId);
    g.children.forEach(visit);
  };
  tree.goals.forEach(visit);
  for (const indicatorId of ids) {
    const query = { indicatorId, organisationId: organisation.id, year: report.year, period: report.period };
    out.set(indicatorId, await getRollup(ctx, query));
  }
  return out;
}

/**
 * Pure: the report in the same document model as the plans, so the same HTML, Typst and Word
 * renderers print it: front matter, a summary of the goals' assessments, the goal chain with
 * assessments, outcomes and activity status, then the economy with forecast and deviation.
 */
export function assembleFollowUpReport(
  tree: FollowUpTree,
  template: DocumentTemplate,
  rollups: ReadonlyMap<string, Rollup> = new Map(),
): PlanReport {
  const { report, organisation } = tree;
  const scope = organisation.kind === 'board' ? 'board' : organisation.kind === 'city' ? 'other' : 'unit';
  const name = `${DOCUMENT_NAMES[report.kind]} ${report.year}`;
  const inline = template.titleForm === 'inline';
  const title = inline ? `${name} för ${organisation.name}` : name;
  const issuer = [tree.city?.name, scope === 'unit' ? tree.board?.name : organisation.name]
    .filter((s): s is string => Boolean(s))
    .filter((s, i, all) => all.indexOf(s) === i)
    .join(' · ');

  const out = reportWriter();
  out.heading(2, 'Sammanfattning', true);
  out.body.push({ kind: 'markdown', markdown: periodText(tree) });
  const summary = assessmentSummary(tree.goals);
  if (summary) out.body.push(summary);
  followUpGoalBlocks(tree.goals, template, scope, out, rollups);
  if (tree.budgetTables.length) {
    out.heading(2, template.economyHeading, true);
    out.body.push({
      kind: 'markdown',
      markdown:
        report.period === 'VB'
          ? 'Budget, prognos och utfall för året. Avvikelsen är utfallet jämfört med budgeten; ett positivt tal är bättre än budget.'
          : 'Budget och prognos för helåret. Avvikelsen är prognosen jämfört med budgeten; ett positivt tal är bättre än budget.',
    });
    out.body.push(...followUpEconomyTables(tree.budgetTables, report.period === 'VB'));
  }
  const first = out.body.find((b) => b.kind === 'heading');
  if (first) first.pageBreakBefore = true;

  return {
    meta: {
      planId: report.id,
      year: report.year,
      scope,
      templateKey: template.key,
      title: inline ? title : `${title} – ${organisation.name}`,
      author: organisation.name,
      subject: `${name}, ${organisation.name}`,
      language: 'sv',
      issuer,
      dnr: '',
      documentDate: tree.period.endsOn,
    },
    front: {
      issuer,
      letterhead: letterhead(tree),
      title,
      subtitle: inline ? null : organisation.name,
      decision: null,
    },
    tocHeading: 'Innehållsförteckning',
    toc: out.body.flatMap((b) =>
      b.kind === 'heading' && b.toc
        ? [{ id: b.id, level: b.level, text: b.label ? `${b.label}: ${b.text}` : b.text }]
        : [],
    ),
    body: out.body,
  };
}

function periodText(tree: FollowUpTree): string {
  const { period, report } = tree;
  return [
    `Rapporten följer upp perioden ${period.startsOn} – ${period.endsOn}.`,
    `Sista dag att lämna in: ${tree.deadline}. Status: ${PLAN_STATUS_LABEL[report.status].toLowerCase()}.`,
  ].join(' ');
}

/** How many of the report's own goals got each assessment; null when it assesses none. */
function assessmentSummary(goals: readonly ReportGoal[]): ReportTable | null {
  const own: ReportGoal[] = [];
  const visit = (g: ReportGoal) => {
    if (g.shown && (g.own || g.assessment)) own.push(g);
    g.children.forEach(visit);
  };
  goals.forEach(visit);
  if (!own.length) return null;
  const count = (a: (typeof ASSESSMENTS)[number]) => own.filter((g) => g.assessment?.assessment === a).length;
  const unassessed = own.filter((g) => !g.assessment).length;
  return {
    kind: 'table',
    role: 'indicators',
    caption: 'Måluppfyllelse',
    captionVisible: true,
    columns: [
      { text: 'Bedömning', align: 'left', width: 70 },
      { text: 'Antal mål', align: 'right', width: 30 },
    ],
    rows: [
      ...ASSESSMENTS.map((a) => ({ cells: [ASSESSMENT_LABEL[a], String(count(a))] })),
      ...(unassessed ? [{ cells: ['Inte bedömt ännu', String(unassessed)] }] : []),
      { cells: ['Summa', String(own.length)], style: 'total' as const },
    ],
  };
}

function letterhead(tree: FollowUpTree): LetterheadLine[][] {
  return [
    [
      { label: 'Period', value: `${tree.period.startsOn} – ${tree.period.endsOn}` },
      { label: 'Lämnas senast', value: tree.deadline },
    ],
    [{ label: 'Status', value: PLAN_STATUS_LABEL[tree.report.status] }],
  ];
}
