import {
  GOAL_TEXT_FIELD_LABEL,
  GOAL_TEXT_FIELDS,
  type GoalLevel,
  type GoalTextField,
  type OrgKind,
  type TargetKind,
  type ValueKind,
} from './vocabulary.ts';

/** The parts of a plan tree (GET /api/v1/plans/{id}/tree) the rules read; domain declares what it needs. */
export interface GoalToCheck extends Record<GoalTextField, string> {
  id: string;
  level: GoalLevel;
  title: string;
  own: boolean;
  shown: boolean;
  indicators: ReadonlyArray<{
    placementId: string;
    name: string;
    unit: string;
    valueKind: ValueKind;
    shown: boolean;
    targets: ReadonlyArray<{ scope: string; kind: TargetKind; proposed?: boolean }>;
  }>;
  activities: ReadonlyArray<{ id: string; own: boolean; title: string; startDate: string; endDate: string }>;
  children: readonly GoalToCheck[];
}

export interface PlanToCheck {
  plan: { year: number; budgetText: string; economyText: string };
  organisation: { kind: OrgKind };
  goals: readonly GoalToCheck[];
  budgetTables: ReadonlyArray<{ id: string; title: string; rows: readonly unknown[] }>;
  sections: ReadonlyArray<{ id: string; heading: string; body: string; part?: string }>;
}

/** What a plan still lacks; each issue names the element (anchor) where it is fixed. */
export type CompletenessRule =
  | 'board_goal_without_unit_goal'
  | 'unit_goal_without_follow_up'
  | 'numeric_target_without_unit'
  | 'target_proposal_unconfirmed'
  | 'activity_outside_year'
  | 'empty_budget'
  | 'template_text_left'
  | 'unplaced_text';

export interface CompletenessIssue {
  rule: CompletenessRule;
  message: string;
  /** The message as a text key and its values, so the UI can say it in the reader's language. */
  text: { key: string; values: Record<string, string> };
  /** Id of the element to fix, e.g. "mal-<id>"; the UI links to `#${anchor}`. */
  anchor: string;
}

/** Phrases from templates' guidance that must not reach a decided plan. */
export const TEMPLATE_PHRASES = [
  'här ska du',
  'beskriv i text',
  'redogör vidare',
  'vidare ska det beskrivas',
  'skriv här',
  'skriv text här',
  'lorem ipsum',
];

export const anchors = {
  goal: (id: string) => `mal-${id}`,
  goalField: (id: string, field: string) => `mal-${id}-${field}`,
  addUnitGoal: (boardGoalId: string) => `nytt-enhetsmal-${boardGoalId}`,
  indicator: (placementId: string) => `indikator-${placementId}`,
  activity: (id: string) => `aktivitet-${id}`,
  section: (id: string) => `avsnitt-${id}`,
  budget: 'budget',
  planField: (field: string) => `plan-${field}`,
};

export function findTemplateText(text: string): string | undefined {
  const lower = text.toLocaleLowerCase('sv');
  return TEMPLATE_PHRASES.find((phrase) => lower.includes(phrase));
}

export function checkPlanCompleteness(tree: PlanToCheck): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  const unitPlan = tree.organisation.kind === 'unit' || tree.organisation.kind === 'team';
  const year = String(tree.plan.year);
  const visit = (goal: GoalToCheck) => {
    if (unitPlan && goal.level === 'board' && goal.shown && !goal.children.some((c) => c.level === 'unit')) {
      issues.push({
        rule: 'board_goal_without_unit_goal',
        message: `Nämndmålet ”${short(goal.title)}” visas men har inget enhetsmål.`,
        text: { key: 'boardGoalWithoutUnitGoal', values: { title: short(goal.title) } },
        anchor: anchors.addUnitGoal(goal.id),
      });
    }
    if (goal.own) checkOwnGoal(goal, issues);
    for (const indicator of goal.indicators) {
      if (!indicator.shown || indicator.unit.trim() || indicator.valueKind === 'index') continue;
      if (indicator.targets.some((t) => t.scope === 'own' && t.kind === 'number')) {
        issues.push({
          rule: 'numeric_target_without_unit',
          message: `Målvärdet för ”${short(indicator.name)}” är ett tal men indikatorn saknar enhet (till exempel % eller st).`,
          text: { key: 'numericTargetWithoutUnit', values: { name: short(indicator.name) } },
          anchor: anchors.indicator(indicator.placementId),
        });
      }
    }
    for (const indicator of goal.indicators) {
      // A target the rollover carried from last year is only a proposal until someone confirms it.
      if (indicator.targets.some((t) => t.scope === 'own' && t.proposed)) {
        issues.push({
          rule: 'target_proposal_unconfirmed',
          message: `Årsmålet för ”${short(indicator.name)}” är fört från förra året. Bekräfta det eller ange ett nytt.`,
          text: { key: 'targetProposalUnconfirmed', values: { name: short(indicator.name) } },
          anchor: anchors.indicator(indicator.placementId),
        });
      }
    }
    for (const activity of goal.activities) {
      if (!activity.own) continue;
      if (!activity.startDate.startsWith(year) || !activity.endDate.startsWith(year)) {
        issues.push({
          rule: 'activity_outside_year',
          message: `Aktiviteten ”${short(activity.title)}” har datum utanför ${year} (${activity.startDate} – ${activity.endDate}).`,
          text: {
            key: 'activityOutsideYear',
            values: { title: short(activity.title), year, start: activity.startDate, end: activity.endDate },
          },
          anchor: anchors.activity(activity.id),
        });
      }
    }
    goal.children.forEach(visit);
  };
  tree.goals.forEach(visit);
  checkBudget(tree, issues);
  checkSections(tree, issues);
  return issues;
}

function checkOwnGoal(goal: GoalToCheck, issues: CompletenessIssue[]) {
  if (goal.level === 'unit' && !goal.followUp.trim()) {
    issues.push({
      rule: 'unit_goal_without_follow_up',
      message: `Enhetsmålet ”${short(goal.title)}” saknar Uppföljning.`,
      text: { key: 'unitGoalWithoutFollowUp', values: { title: short(goal.title) } },
      anchor: anchors.goalField(goal.id, 'followUp'),
    });
  }
  for (const field of GOAL_TEXT_FIELDS) {
    if (findTemplateText(goal[field])) {
      issues.push({
        rule: 'template_text_left',
        message: `${GOAL_TEXT_FIELD_LABEL[field]} i ”${short(goal.title)}” innehåller mallens hjälptext.`,
        text: { key: 'goalTemplateText', values: { field, title: short(goal.title) } },
        anchor: anchors.goalField(goal.id, field),
      });
    }
  }
}

function checkBudget(tree: PlanToCheck, issues: CompletenessIssue[]) {
  const hasRows = tree.budgetTables.some((t) => t.rows.length > 0);
  if (!hasRows && !tree.plan.budgetText.trim()) {
    issues.push({
      rule: 'empty_budget',
      message: `Avsnittet Budget ${tree.plan.year} är tomt: lägg till en budgettabell eller en text.`,
      text: { key: 'emptyBudget', values: { year: String(tree.plan.year) } },
      anchor: anchors.budget,
    });
  }
  for (const table of tree.budgetTables) {
    if (table.rows.length === 0) {
      issues.push({
        rule: 'empty_budget',
        message: `Budgettabellen ”${table.title || 'utan rubrik'}” har inga rader.`,
        text: { key: 'emptyBudgetTable', values: { title: table.title } },
        anchor: `budgettabell-${table.id}`,
      });
    }
  }
  for (const [field, text] of [
    ['budgetText', tree.plan.budgetText],
    ['economyText', tree.plan.economyText],
  ] as const) {
    if (findTemplateText(text)) {
      issues.push({
        rule: 'template_text_left',
        message: `${field === 'budgetText' ? 'Budgettexten' : 'Resursanvändning'} innehåller mallens hjälptext.`,
        text: { key: 'planTemplateText', values: { field } },
        anchor: anchors.planField(field),
      });
    }
  }
}

function checkSections(tree: PlanToCheck, issues: CompletenessIssue[]) {
  for (const section of tree.sections) {
    // Imported text that fitted nowhere is kept, not printed, until someone sorts it in.
    if (section.part === 'unplaced') {
      issues.push({
        rule: 'unplaced_text',
        message: `Text från importen att sortera: ”${short(section.heading || section.body)}”. Flytta den till Inledning eller Övrigt, eller ta bort den.`,
        text: { key: 'unplacedText', values: { text: short(section.heading || section.body) } },
        anchor: anchors.section(section.id),
      });
      continue;
    }
    if (findTemplateText(section.body) || findTemplateText(section.heading)) {
      issues.push({
        rule: 'template_text_left',
        message: `Avsnittet ”${short(section.heading)}” innehåller mallens hjälptext.`,
        text: { key: 'sectionTemplateText', values: { heading: short(section.heading) } },
        anchor: anchors.section(section.id),
      });
    }
  }
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
