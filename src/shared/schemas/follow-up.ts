// Follow-up records and the inputs that write them. The views assembled from them (the report tree,
// roll-up, board review, dashboard) are in follow-up-views.ts.
import { z } from 'zod';
import {
  ActivityStatus,
  Assessment,
  FollowUpPeriodCode,
  Gender,
  Origin,
  OutcomeStatus,
  ReportPeriod,
} from '../vocabulary.ts';
import { AuditedRecord, Id, IsoDate, Timestamp, text, Year } from './common.ts';

export { ActivityStatus, Assessment, FollowUpPeriodCode, OutcomeStatus, ReportPeriod };

export const FollowUpPeriodRecord = AuditedRecord.extend({
  id: Id,
  year: z.number().int(),
  period: FollowUpPeriodCode,
  startsOn: IsoDate,
  endsOn: IsoDate,
  unitDeadline: IsoDate,
  boardDeadline: IsoDate,
  cityDeadline: IsoDate,
});
export type FollowUpPeriodRecord = z.infer<typeof FollowUpPeriodRecord>;

export const PeriodsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const EnsurePeriodsInput = z.object({ year: Year });
export type EnsurePeriodsInput = z.infer<typeof EnsurePeriodsInput>;

/** Deadlines move; they must stay bottom-up (unit ≤ board ≤ city). */
export const PeriodPatch = z.object({
  version: z.number().int(),
  unitDeadline: IsoDate.optional(),
  boardDeadline: IsoDate.optional(),
  cityDeadline: IsoDate.optional(),
});
export type PeriodPatch = z.infer<typeof PeriodPatch>;

/** Which report: an organisation's T1, T2 or VB of a year. */
export const ReportKey = z.object({
  organisationId: Id,
  year: z.coerce.number().int().min(2000).max(2100),
  period: ReportPeriod,
});
export type ReportKey = z.infer<typeof ReportKey>;

const numberValue = z
  .number({ error: 'Värdet måste vara ett tal, till exempel 94 eller 3,5.' })
  .refine(Number.isFinite, { error: 'Värdet måste vara ett ändligt tal.' });

/**
 * One outcome value. value is null exactly when status is missing; the service checks it against the
 * indicator (a percentage lies within 0–100 unless the indicator allows more) and the periodicity.
 */
export const OutcomeInput = z.object({
  indicatorId: Id,
  organisationId: Id,
  year: Year,
  period: FollowUpPeriodCode,
  gender: Gender.default('T'),
  value: numberValue.nullable(),
  status: OutcomeStatus.default('preliminary'),
  comment: text(5000, 'Kommentaren').default(''),
});
export type OutcomeInput = z.infer<typeof OutcomeInput>;

export const OutcomeRecord = z.object({
  id: Id,
  indicatorId: Id,
  organisationId: Id,
  year: z.number().int(),
  period: FollowUpPeriodCode,
  gender: Gender,
  value: z.number().nullable(),
  status: OutcomeStatus,
  comment: z.string(),
  origin: Origin,
  /** 1 for the first value; each correction adds one. The highest is the current value. */
  revision: z.number().int(),
  /** The latest revision of its key (history rows are false). */
  current: z.boolean(),
  createdAt: Timestamp,
  createdBy: z.string(),
});
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

export const OutcomeHistoryQuery = z.object({
  indicatorId: Id,
  organisationId: Id,
  year: z.coerce.number().int().min(2000).max(2100),
  period: FollowUpPeriodCode,
  gender: Gender.optional(),
});
export type OutcomeHistoryQuery = z.infer<typeof OutcomeHistoryQuery>;

/** version: the assessment's current version when changing one (absent when writing the first). */
export const AssessmentInput = z.object({
  goalId: Id,
  assessment: Assessment,
  analysis: text(20_000, 'Analysen').default(''),
  version: z.number().int().optional(),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const AssessmentRecord = AuditedRecord.extend({
  id: Id,
  planId: Id,
  goalId: Id,
  assessment: Assessment,
  analysis: z.string(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

export const ActivityStatusInput = z.object({
  activityId: Id,
  status: ActivityStatus,
  comment: text(5000, 'Kommentaren').default(''),
  version: z.number().int().optional(),
});
export type ActivityStatusInput = z.infer<typeof ActivityStatusInput>;

export const ActivityStatusRecord = AuditedRecord.extend({
  id: Id,
  planId: Id,
  activityId: Id,
  status: ActivityStatus,
  comment: z.string(),
});
export type ActivityStatusRecord = z.infer<typeof ActivityStatusRecord>;

const amount = z
  .number({ error: 'Beloppet måste vara ett tal (i tkr).' })
  .min(0, { error: 'Belopp lagras som positiva tal; ange intäkter och kostnader utan minustecken.' })
  .max(1e12, { error: 'Beloppet är orimligt stort.' });

/**
 * A forecast for one budget row in the report's period, or in a month within it (YYYY-MM);
 * outcome (utfall) is for the annual report. A comment is required when the deviation exceeds the
 * board's threshold.
 */
export const ForecastInput = z.object({
  budgetRowId: Id,
  period: FollowUpPeriodCode.optional(),
  forecast: amount.nullable(),
  outcome: amount.nullable().default(null),
  comment: text(5000, 'Kommentaren').default(''),
  version: z.number().int().optional(),
});
export type ForecastInput = z.infer<typeof ForecastInput>;

export const ForecastRecord = AuditedRecord.extend({
  id: Id,
  budgetRowId: Id,
  period: FollowUpPeriodCode,
  forecast: z.number().nullable(),
  outcome: z.number().nullable(),
  comment: z.string(),
  /**
   * In the plan's sign convention (domain/budget.ts): positive is better than budget
   * (more revenue, less cost). Based on the outcome when there is one, else the forecast.
   */
  deviation: z.number().nullable(),
  /** The deviation is larger than the board's threshold, so a comment is required. */
  overThreshold: z.boolean(),
});
export type ForecastRecord = z.infer<typeof ForecastRecord>;

export const ThresholdInput = z.object({
  amount: z
    .number({ error: 'Gränsen anges i tkr, till exempel 500.' })
    .min(0, { error: 'Gränsen kan inte vara negativ.' })
    .max(1e12),
  version: z.number().int().optional(),
});
export type ThresholdInput = z.infer<typeof ThresholdInput>;

/** The threshold that applies to an organisation: its own board's (null when the board set none). */
export const ThresholdRecord = z.object({
  organisationId: Id,
  boardId: Id.nullable(),
  amount: z.number().nullable(),
  version: z.number().int().nullable(),
});
export type ThresholdRecord = z.infer<typeof ThresholdRecord>;
