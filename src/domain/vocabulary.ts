// The project's vocabulary, declared once. Types are derived from these lists; zod enums for the API
// are derived in shared/vocabulary.ts, the database check constraints spell the same values.
// This file lives in domain (which imports nothing outside itself) so every layer may use it.

/** Goal levels from the top of the chain down; a goal's parent has the level before its own. */
export const GOAL_LEVELS = ['city_direction', 'city_area', 'board', 'unit'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];
export const GOAL_LEVEL_LABEL: Record<GoalLevel, string> = {
  city_direction: 'KF:s inriktningsmål',
  city_area: 'KF:s mål för verksamhetsområdet',
  board: 'Nämndmål',
  unit: 'Enhetsmål',
};

export const ORG_KINDS = ['city', 'board', 'department', 'unit', 'team'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  city: 'Kommun',
  board: 'Nämnd',
  department: 'Avdelning',
  unit: 'Enhet',
  team: 'Verksamhet',
};

/** How a target is expressed: a number, a direction, "Tas fram av nämnd" or free text. */
export const TARGET_KINDS = ['number', 'increase', 'decrease', 'set_by_board', 'text'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** T = totalt, K = kvinnor, M = män. */
export const GENDERS = ['T', 'K', 'M'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABEL: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

export const VALUE_KINDS = ['percent', 'number', 'index', 'amount'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const DIRECTIONS = ['increase', 'decrease', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PERIODICITIES = ['year', 'tertial', 'quarter', 'month'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];
export const PERIODICITY_LABEL: Record<Periodicity, string> = {
  year: 'År',
  tertial: 'Tertial',
  quarter: 'Kvartal',
  month: 'Månad',
};

/** How unit values add up to a board's value. */
export const CONSOLIDATIONS = ['sum', 'mean', 'weightedMean', 'none'] as const;
export type Consolidation = (typeof CONSOLIDATIONS)[number];

/** plan = verksamhetsplan; t1/t2 = tertialrapport 1 och 2; annual = verksamhetsberättelse. */
export const PLAN_KINDS = ['plan', 't1', 't2', 'annual'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABEL: Record<PlanKind, string> = {
  plan: 'Verksamhetsplan',
  t1: 'Tertialrapport 1',
  t2: 'Tertialrapport 2',
  annual: 'Verksamhetsberättelse',
};

/** The workflow of plans and reports; the transitions between them are in domain/plan-workflow.ts. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'decided', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  approved: 'Godkänd',
  decided: 'Beslutad',
  published: 'Publicerad',
};

/** Free sections: before the goals (Inledning), after them (Övrigt), and imported text that fit no field. */
export const SECTION_PARTS = ['intro', 'other', 'unplaced'] as const;
export type SectionPart = (typeof SECTION_PARTS)[number];

/** category = intäkter/kostnader per kategori; simple = one list; per_activity = with forecast and deviation. */
export const BUDGET_LAYOUTS = ['category', 'simple', 'per_activity'] as const;
export type BudgetLayout = (typeof BUDGET_LAYOUTS)[number];

export const BUDGET_GROUPS = ['revenue', 'cost'] as const;
export type BudgetGroup = (typeof BUDGET_GROUPS)[number];
export const BUDGET_GROUP_LABEL: Record<BudgetGroup, string> = { revenue: 'Intäkter', cost: 'Kostnader' };

/** Where a record came from. */
export const ORIGINS = ['manual', 'import', 'demo'] as const;
export type Origin = (typeof ORIGINS)[number];

/** A goal's rich-text fields in the order the plans print them, with their printed Swedish headings. */
export const GOAL_TEXT_FIELDS = [
  'description',
  'expectedResults',
  'waysOfWorking',
  'resources',
  'followUp',
  'development',
] as const;
export type GoalTextField = (typeof GOAL_TEXT_FIELDS)[number];
export const GOAL_TEXT_FIELD_LABEL: Record<GoalTextField, string> = {
  description: 'Beskrivning',
  expectedResults: 'Förväntat resultat',
  waysOfWorking: 'Arbetssätt',
  resources: 'Resursanvändning',
  followUp: 'Uppföljning',
  development: 'Utveckling',
};

// --- accounts ---

/** Roles, each granted on an organisation subtree (or the whole municipality); rules in domain/authz.ts. */
export const ROLES = [
  'admin',
  'city_planner',
  'board_planner',
  'board_approver',
  'unit_writer',
  'reader',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Administratör',
  city_planner: 'Stadsplanerare',
  board_planner: 'Nämndplanerare',
  board_approver: 'Nämndens godkännare',
  unit_writer: 'Enhetsskribent',
  reader: 'Läsare',
};

/** What a person may do; who may do which is decided by can() in domain/authz.ts. */
export const AUTHZ_ACTIONS = [
  'framework.write',
  'plan.write',
  'plan.submit',
  'plan.return',
  'plan.approve',
  'plan.decide',
  'plan.publish',
  'plan.reopen',
  'followup.write',
  'followup.submit',
  'followup.approve',
  'comment.write',
  'draft.read',
  'organisation.manage',
  'year.manage',
  'municipality.manage',
  'user.manage',
  'import.run',
] as const;
export type AuthzAction = (typeof AUTHZ_ACTIONS)[number];

/** What a comment on a plan is about: the plan as a whole, or one of its goals, sections or indicators. */
export const COMMENT_TARGETS = ['plan', 'goal', 'section', 'indicator'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
export const COMMENT_TARGET_LABEL: Record<CommentTarget, string> = {
  plan: 'Planen',
  goal: 'Mål',
  section: 'Avsnitt',
  indicator: 'Indikator',
};

// ---- Follow-up (tertial reports and the annual report) ----

/** The report periods of a year: tertialrapport 1 (Jan–Apr), 2 (Jan–Aug) and verksamhetsberättelsen. */
export const REPORT_PERIODS = ['T1', 'T2', 'VB'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const REPORT_PERIOD_LABEL: Record<ReportPeriod, string> = {
  T1: 'Tertial 1',
  T2: 'Tertial 2',
  VB: 'Verksamhetsberättelse',
};
/** The plan kind of each report period's report (a follow-up report is a plan row of that kind). */
export const REPORT_PERIOD_KIND: Record<ReportPeriod, 't1' | 't2' | 'annual'> = {
  T1: 't1',
  T2: 't2',
  VB: 'annual',
};
/** A follow-up period: a report period or a month (YYYY-MM) for the economic forecasts. */
export const FOLLOW_UP_PERIOD_PATTERN = /^(T1|T2|VB|[0-9]{4}-(0[1-9]|1[0-2]))$/;

/** Levels that have their own deadline, bottom-up: units before boards before the city. */
export const DEADLINE_LEVELS = ['unit', 'board', 'city'] as const;
export type DeadlineLevel = (typeof DEADLINE_LEVELS)[number];

export const ASSESSMENTS = ['fulfilled', 'partly', 'not_fulfilled', 'not_assessed'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  fulfilled: 'Uppfyllt',
  partly: 'Delvis uppfyllt',
  not_fulfilled: 'Ej uppfyllt',
  not_assessed: 'Ej bedömt',
};

export const ACTIVITY_STATUSES = ['not_started', 'started', 'completed', 'cancelled', 'postponed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABEL: Record<ActivityStatus, string> = {
  not_started: 'Ej påbörjad',
  started: 'Påbörjad',
  completed: 'Avslutad',
  cancelled: 'Avbruten',
  postponed: 'Uppskjuten',
};

export const OUTCOME_STATUSES = ['preliminary', 'final', 'missing'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const OUTCOME_STATUS_LABEL: Record<OutcomeStatus, string> = {
  preliminary: 'Preliminärt',
  final: 'Slutligt',
  missing: 'Saknas',
};

/** How an outcome compares with its target: met, not met, no numeric target, or no value yet. */
export const TARGET_COMPARISONS = ['met', 'not_met', 'no_target', 'no_value'] as const;
export type TargetComparison = (typeof TARGET_COMPARISONS)[number];
export const TARGET_COMPARISON_LABEL: Record<TargetComparison, string> = {
  met: 'Målet nått',
  not_met: 'Målet inte nått',
  no_target: 'Inget mätbart mål',
  no_value: 'Inget utfall',
};
