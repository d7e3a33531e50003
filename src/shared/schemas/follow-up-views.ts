// What the follow-up pages read: the report in document order, the roll-up of an indicator, the
// board's review of its units, the dashboard, and the bulk import report.
import { z } from 'zod';
import {
  Assessment,
  BudgetGroup,
  Consolidation,
  Direction,
  Gender,
  GoalLevel,
  OutcomeStatus,
  Periodicity,
  PlanKind,
  PlanStatus,
  ReportPeriod,
  TargetComparison,
  ValueKind,
} from '../vocabulary.ts';
import { Id, IsoDate, Timestamp } from './common.ts';
import {
  ActivityStatusRecord,
  AssessmentRecord,
  FollowUpPeriodRecord,
  ForecastRecord,
  OutcomeRecord,
} from './follow-up.ts';
import { BudgetSummary } from './plan.ts';
import { TreeOrganisation, TreeTarget } from './plan-tree.ts';

/** The current outcome of one gender and how it compares with the target that applies. */
export const ReportOutcome = z.object({
  gender: Gender,
  latest: OutcomeRecord.nullable(),
  /** The target compared with: the organisation's own, else its board's, else the city's. */
  target: TreeTarget.nullable(),
  comparison: TargetComparison,
});
export type ReportOutcome = z.infer<typeof ReportOutcome>;

export const ReportIndicator = z.object({
  placementId: Id,
  indicatorId: Id,
  name: z.string(),
  unit: z.string(),
  valueKind: ValueKind,
  direction: Direction,
  periodicity: Periodicity,
  genderSplit: z.boolean(),
  consolidation: Consolidation,
  percentUnbounded: z.boolean(),
  /** The periodicity asks for a value in this report's period. */
  due: z.boolean(),
  targets: z.array(TreeTarget),
  /** The period the outcomes below are for: the report's, or its last month for a monthly indicator. */
  valuePeriod: z.string().nullable(),
  /** T always; K and M too when the indicator is gender-split. */
  outcomes: z.array(ReportOutcome),
  /** The earlier months of the report a monthly (quarterly) indicator is due in, each with its outcomes. */
  earlier: z.array(z.object({ period: z.string(), outcomes: z.array(ReportOutcome) })),
});
export type ReportIndicator = z.infer<typeof ReportIndicator>;

export const ReportActivity = z.object({
  id: Id,
  title: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  own: z.boolean(),
  status: ActivityStatusRecord.nullable(),
});
export type ReportActivity = z.infer<typeof ReportActivity>;

/** One of that organisation's own goals that answers the goal above, with how it was assessed. */
export const AnsweringGoal = z.object({
  id: Id,
  number: z.string().nullable(),
  title: z.string(),
  assessment: Assessment.nullable(),
});

/** How one organisation below assessed a goal (board and council goals, shown to boards and the city). */
export const BelowAssessment = z.object({
  organisationId: Id,
  name: z.string(),
  assessment: Assessment.nullable(),
  /** Its own goals that answer this goal (a unit's goals under a board goal, a board's under a KF goal). */
  goals: z.array(AnsweringGoal),
});

const ReportGoalFields = z.object({
  id: Id,
  level: GoalLevel,
  organisationId: Id,
  number: z.string().nullable(),
  title: z.string(),
  own: z.boolean(),
  shown: z.boolean(),
  assessment: AssessmentRecord.nullable(),
  below: z.array(BelowAssessment),
  indicators: z.array(ReportIndicator),
  activities: z.array(ReportActivity),
});
export type ReportGoal = z.infer<typeof ReportGoalFields> & { children: ReportGoal[] };
export const ReportGoal: z.ZodType<ReportGoal> = ReportGoalFields.extend({
  children: z.array(z.lazy(() => ReportGoal)),
});

export const ReportBudgetRow = z.object({
  id: Id,
  label: z.string(),
  groupKind: BudgetGroup,
  budget: z.number(),
  forecast: ForecastRecord.nullable(),
  /** The full-year forecast as made in each month the report covers (YYYY-MM), null when none. */
  months: z.array(z.object({ period: z.string(), forecast: ForecastRecord.nullable() })),
});

export const ReportBudgetTable = z.object({
  id: Id,
  title: z.string(),
  amountUnit: z.string(),
  rows: z.array(ReportBudgetRow),
  /** Budget, forecast (outcome at VB) and deviation in the plan's convention. */
  summary: BudgetSummary,
});

/** Something still missing before the report can be submitted, with where it belongs. */
export const MissingItem = z.object({
  kind: z.enum(['outcome', 'assessment', 'activity', 'forecast', 'deviationComment']),
  goalId: Id.nullable(),
  refId: Id,
  gender: Gender.nullable(),
  message: z.string(),
});
export type MissingItem = z.infer<typeof MissingItem>;

export const FollowUpTree = z.object({
  report: z.object({
    id: Id,
    kind: PlanKind,
    period: ReportPeriod,
    year: z.number().int(),
    status: PlanStatus,
    version: z.number().int(),
    updatedAt: Timestamp,
    writable: z.boolean(),
  }),
  period: FollowUpPeriodRecord,
  /** The deadline of the report's level (unit, board or city). */
  deadline: IsoDate,
  /** The verksamhetsplan the report follows up (its goals, indicators, activities and budget). */
  planId: Id.nullable(),
  organisation: TreeOrganisation,
  board: TreeOrganisation.nullable(),
  city: TreeOrganisation.nullable(),
  goals: z.array(ReportGoal),
  budgetTables: z.array(ReportBudgetTable),
  threshold: z.number().nullable(),
  completeness: z.object({ complete: z.boolean(), missing: z.array(MissingItem) }),
});
export type FollowUpTree = z.infer<typeof FollowUpTree>;

export const RollupQuery = z.object({
  indicatorId: Id,
  organisationId: Id,
  year: z.coerce.number().int().min(2000).max(2100),
  period: z.string(),
});

export const RollupUnit = z.object({
  organisationId: Id,
  name: z.string(),
  value: z.number().nullable(),
  weight: z.number().nullable(),
  status: OutcomeStatus.nullable(),
});

export const RollupValue = z.object({
  gender: Gender,
  /** null when no unit reported, or the consolidation is none. */
  value: z.number().nullable(),
  reported: z.number().int(),
  missing: z.number().int(),
  units: z.array(RollupUnit),
});

/** A board's or the city's value, computed now from the units' latest values; never stored. */
export const Rollup = z.object({
  indicatorId: Id,
  organisationId: Id,
  year: z.number().int(),
  period: z.string(),
  consolidation: Consolidation,
  weightIndicatorId: Id.nullable(),
  values: z.array(RollupValue),
});
export type Rollup = z.infer<typeof Rollup>;

export const FollowUpScopeQuery = z.object({
  organisationId: Id,
  year: z.coerce.number().int().min(2000).max(2100),
  period: ReportPeriod,
});
export type FollowUpScopeQuery = z.infer<typeof FollowUpScopeQuery>;

export const ReviewUnit = z.object({
  organisation: TreeOrganisation,
  reportId: Id.nullable(),
  status: PlanStatus.nullable(),
  submittedAt: Timestamp.nullable(),
  /** Not submitted by the unit deadline (or submitted after it). */
  late: z.boolean(),
  /** Per goal id: the unit's assessment. */
  assessments: z.record(z.string(), Assessment),
});

export const BoardReview = z.object({
  board: TreeOrganisation,
  period: FollowUpPeriodRecord,
  units: z.array(ReviewUnit),
  /** The board's and council's goals the units assessed, in document order. */
  goals: z.array(z.object({ id: Id, level: GoalLevel, number: z.string().nullable(), title: z.string() })),
});
export type BoardReview = z.infer<typeof BoardReview>;

export const SeriesPoint = z.object({
  year: z.number().int(),
  period: z.string(),
  gender: Gender,
  value: z.number().nullable(),
  target: z.number().nullable(),
});

export const Dashboard = z.object({
  organisation: TreeOrganisation,
  period: FollowUpPeriodRecord,
  goalsByAssessment: z.record(z.string(), z.number().int()),
  goals: z.array(
    z.object({
      id: Id,
      level: GoalLevel,
      number: z.string().nullable(),
      title: z.string(),
      assessment: Assessment.nullable(),
    }),
  ),
  indicatorsBehind: z.array(
    z.object({
      indicatorId: Id,
      name: z.string(),
      unit: z.string(),
      gender: Gender,
      value: z.number(),
      target: z.number(),
    }),
  ),
  unitsNotReported: z.array(
    z.object({ organisation: TreeOrganisation, status: PlanStatus.nullable(), deadline: IsoDate }),
  ),
  series: z.array(
    z.object({
      indicatorId: Id,
      name: z.string(),
      unit: z.string(),
      genderSplit: z.boolean(),
      points: z.array(SeriesPoint),
    }),
  ),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const BulkError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type BulkError = z.infer<typeof BulkError>;

/** What an outcome import did (or would do with dryRun): all rows or none are written. */
export const OutcomeImportReport = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(BulkError),
});
export type OutcomeImportReport = z.infer<typeof OutcomeImportReport>;

export const OutcomeExportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  period: z.string().optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const OutcomeImportQuery = z.object({
  /** The year of T1/T2/VB rows; by default the year the file's months name, else the current year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
