// The vocabulary as every layer outside domain sees it: the lists and Swedish labels declared in
// domain/vocabulary.ts, and one zod enum per list whose inferred type shares its name.
// Import vocabulary from here; only domain code imports domain/vocabulary.ts directly.
import { z } from 'zod';
import {
  ACTIVITY_STATUS_LABEL,
  ACTIVITY_STATUSES,
  ASSESSMENT_LABEL,
  ASSESSMENTS,
  BUDGET_GROUP_LABEL,
  BUDGET_GROUPS,
  BUDGET_LAYOUTS,
  CONSOLIDATIONS,
  DEADLINE_LEVELS,
  DIRECTIONS,
  FOLLOW_UP_PERIOD_PATTERN,
  GENDER_LABEL,
  GENDERS,
  GOAL_LEVEL_LABEL,
  GOAL_LEVELS,
  GOAL_TEXT_FIELD_LABEL,
  GOAL_TEXT_FIELDS,
  ORG_KIND_LABEL,
  ORG_KINDS,
  ORIGINS,
  OUTCOME_STATUS_LABEL,
  OUTCOME_STATUSES,
  PERIODICITIES,
  PERIODICITY_LABEL,
  PLAN_KIND_LABEL,
  PLAN_KINDS,
  PLAN_STATUS_LABEL,
  PLAN_STATUSES,
  REPORT_PERIOD_KIND,
  REPORT_PERIOD_LABEL,
  REPORT_PERIODS,
  SECTION_PARTS,
  TARGET_COMPARISON_LABEL,
  TARGET_COMPARISONS,
  TARGET_KINDS,
  VALUE_KINDS,
} from '../domain/vocabulary.ts';

export {
  ACTIVITY_STATUS_LABEL,
  ACTIVITY_STATUSES,
  ASSESSMENT_LABEL,
  ASSESSMENTS,
  BUDGET_GROUP_LABEL,
  BUDGET_GROUPS,
  BUDGET_LAYOUTS,
  CONSOLIDATIONS,
  DEADLINE_LEVELS,
  DIRECTIONS,
  FOLLOW_UP_PERIOD_PATTERN,
  GENDER_LABEL,
  GENDERS,
  GOAL_LEVEL_LABEL,
  GOAL_LEVELS,
  GOAL_TEXT_FIELD_LABEL,
  GOAL_TEXT_FIELDS,
  ORG_KIND_LABEL,
  ORG_KINDS,
  ORIGINS,
  OUTCOME_STATUS_LABEL,
  OUTCOME_STATUSES,
  PERIODICITIES,
  PERIODICITY_LABEL,
  PLAN_KIND_LABEL,
  PLAN_KINDS,
  PLAN_STATUS_LABEL,
  PLAN_STATUSES,
  REPORT_PERIOD_KIND,
  REPORT_PERIOD_LABEL,
  REPORT_PERIODS,
  SECTION_PARTS,
  TARGET_COMPARISON_LABEL,
  TARGET_COMPARISONS,
  TARGET_KINDS,
  VALUE_KINDS,
};

export const GoalLevel = z.enum(GOAL_LEVELS);
export type GoalLevel = z.infer<typeof GoalLevel>;

export const OrgKind = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof OrgKind>;

export const TargetKind = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKind>;

export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const ValueKind = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKind>;

export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const Periodicity = z.enum(PERIODICITIES);
export type Periodicity = z.infer<typeof Periodicity>;

export const Consolidation = z.enum(CONSOLIDATIONS);
export type Consolidation = z.infer<typeof Consolidation>;

export const PlanKind = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKind>;

export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const SectionPart = z.enum(SECTION_PARTS);
export type SectionPart = z.infer<typeof SectionPart>;

export const BudgetLayout = z.enum(BUDGET_LAYOUTS);
export type BudgetLayout = z.infer<typeof BudgetLayout>;

export const BudgetGroup = z.enum(BUDGET_GROUPS);
export type BudgetGroup = z.infer<typeof BudgetGroup>;

export const Origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof Origin>;

export const GoalTextField = z.enum(GOAL_TEXT_FIELDS);
export type GoalTextField = z.infer<typeof GoalTextField>;

export const ReportPeriod = z.enum(REPORT_PERIODS);
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** T1, T2, VB or a month YYYY-MM (economic forecasts). */
export const FollowUpPeriodCode = z
  .string()
  .regex(FOLLOW_UP_PERIOD_PATTERN, { error: 'Perioden anges som T1, T2, VB eller en månad ÅÅÅÅ-MM.' });
export type FollowUpPeriodCode = z.infer<typeof FollowUpPeriodCode>;

export const DeadlineLevel = z.enum(DEADLINE_LEVELS);
export type DeadlineLevel = z.infer<typeof DeadlineLevel>;

export const Assessment = z.enum(ASSESSMENTS);
export type Assessment = z.infer<typeof Assessment>;

export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

export const OutcomeStatus = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

export const TargetComparison = z.enum(TARGET_COMPARISONS);
export type TargetComparison = z.infer<typeof TargetComparison>;

// --- accounts ---
export { AUTHZ_ACTIONS, ROLE_LABEL, ROLES } from '../domain/vocabulary.ts';

import { AUTHZ_ACTIONS as ACTIONS, ROLES as ROLE_LIST } from '../domain/vocabulary.ts';

export const Role = z.enum(ROLE_LIST);
export type Role = z.infer<typeof Role>;

export const AuthzAction = z.enum(ACTIONS);
export type AuthzAction = z.infer<typeof AuthzAction>;

/** What the signed-in person may do on one organisation's things; the UI hides the rest. */
export const Abilities = z.record(AuthzAction, z.boolean());
export type Abilities = z.infer<typeof Abilities>;
