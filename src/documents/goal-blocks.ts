import type { PlanTree, TreeGoal, TreeTarget } from '../shared/schemas/plan-tree.ts';
import { type GoalLevel, type GoalTextField, PERIODICITY_LABEL } from '../shared/vocabulary.ts';
import type { HeadingLevel, PlanReport, ReportTable } from './plan-report.ts';
import type { ReportWriter } from './report-writer.ts';
import { type DocumentTemplate, fillYear } from './templates.ts';

/** The fields each level prints, in the order of the real plans. */
const FIELDS: Record<GoalLevel, GoalTextField[]> = {
  city_direction: [],
  city_area: [],
  board: ['description', 'expectedResults'],
  unit: ['expectedResults', 'waysOfWorking', 'resources', 'followUp', 'development'],
};

const LEVEL: Record<GoalLevel, HeadingLevel> = { city_direction: 2, city_area: 3, board: 4, unit: 5 };

/** The goal chain in document order: only goals and indicators the plan shows. */
export function goalBlocks(
  tree: PlanTree,
  template: DocumentTemplate,
  scope: PlanReport['meta']['scope'],
  out: ReportWriter,
) {
  const visit = (goal: TreeGoal) => {
    if (!goal.shown) return;
    const level = LEVEL[goal.level];
    const toc =
      goal.level === 'city_direction' ||
      goal.level === 'city_area' ||
      (goal.level === 'board' && scope === 'board');
    out.heading(level, goalTitle(goal, template), toc, template.labels[goal.level]);
    for (const field of FIELDS[goal.level]) {
      const text = goal[field].trim();
      if (!text) continue;
      out.heading(Math.min(6, level + 1) as HeadingLevel, template.labels[field], false);
      out.body.push({ kind: 'markdown', markdown: goal[field] });
    }
    const indicators = indicatorTable(goal, tree, template);
    const activities = activityTable(goal);
    // Unit goals end with their activities, then indicators; other levels the other way round.
    const tables = goal.level === 'unit' ? [activities, indicators] : [indicators, activities];
    for (const table of tables) if (table) out.body.push(table);
    for (const child of goal.children) visit(child);
  };
  for (const root of tree.goals) visit(root);
}

/** "1. Text", "1.4 Text" or "1.4. Text" by template, "1.2.1 Text" for numbered board goals. */
export function goalTitle(goal: Pick<TreeGoal, 'level' | 'number' | 'title'>, template: DocumentTemplate) {
  const number = goal.number?.trim().replace(/\.+$/, '');
  if (!number) return goal.title;
  if (goal.level === 'city_direction') return `${number}. ${goal.title}`;
  if (goal.level === 'city_area') return `${number}${template.areaNumberSuffix} ${goal.title}`;
  return `${number} ${goal.title}`;
}

function indicatorTable(goal: TreeGoal, tree: PlanTree, template: DocumentTemplate): ReportTable | null {
  const shown = goal.indicators.filter((i) => i.shown);
  if (!shown.length) return null;
  return {
    kind: 'table',
    role: 'indicators',
    caption: `Indikatorer för ${goal.title}`,
    captionVisible: false,
    columns: [
      { text: 'Indikator', align: 'left', width: 46 },
      { text: 'Årsmål', align: 'left', width: 17 },
      { text: fillYear(template.councilTargetHeader, tree.plan.year), align: 'left', width: 21 },
      { text: 'Periodicitet', align: 'left', width: 16 },
    ],
    rows: shown.map((i) => ({
      cells: [
        i.name,
        targetText(i.targets, 'own') || targetText(i.targets, 'board'),
        targetText(i.targets, 'city'),
        PERIODICITY_LABEL[i.periodicity],
      ],
    })),
  };
}

/** The total target, with the women's and men's targets after it when they are set. */
function targetText(targets: TreeTarget[], scope: TreeTarget['scope']): string {
  const mine = targets.filter((t) => t.scope === scope);
  const total = mine.find((t) => t.gender === 'T')?.formatted ?? '';
  const split = (['K', 'M'] as const)
    .map((g) => {
      const t = mine.find((x) => x.gender === g);
      return t ? `${g === 'K' ? 'kvinnor' : 'män'} ${t.formatted}` : '';
    })
    .filter(Boolean);
  return split.length ? [total, `(${split.join(', ')})`].filter(Boolean).join(' ') : total;
}

function activityTable(goal: TreeGoal): ReportTable | null {
  if (!goal.activities.length) return null;
  return {
    kind: 'table',
    role: 'activities',
    caption: `Aktiviteter för ${goal.title}`,
    captionVisible: false,
    columns: [
      { text: 'Aktivitet', align: 'left', width: 64 },
      { text: 'Startdatum', align: 'left', width: 18 },
      { text: 'Slutdatum', align: 'left', width: 18 },
    ],
    rows: goal.activities.map((a) => ({ cells: [a.title, a.startDate, a.endDate] })),
  };
}
