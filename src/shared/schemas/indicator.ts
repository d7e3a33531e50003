import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Consolidation, Direction, Gender, Periodicity, TargetKind, ValueKind } from '../vocabulary.ts';
import {
  AuditedRecord,
  Id,
  IsoDate,
  Origin,
  RichText,
  requiredText,
  Timestamp,
  text,
  Year,
} from './common.ts';

// Defaults belong to creation only: a PATCH schema built from fields with .default() would fill in every
// field the client did not send and so silently reset it.
const indicatorFields = {
  name: requiredText(LIMITS.title, 'Indikatorns namn'),
  description: RichText('Beskrivningen').optional(),
  unit: text(60, 'Enheten').optional(),
  valueKind: ValueKind,
  direction: Direction,
  periodicity: Periodicity,
  genderSplit: z.boolean(),
  consolidation: Consolidation,
  externalId: text(LIMITS.name, 'Externt id').nullable().optional(),
  ownerOrganisationId: Id.nullable().optional(),
  origin: Origin.optional(),
  /** For weightedMean: the indicator whose unit values weigh each unit's value (e.g. number of clients). */
  weightIndicatorId: Id.nullable().optional(),
  /** A percentage allowed above 100 (an occupancy rate, a growth); otherwise 0–100. */
  percentUnbounded: z.boolean().optional(),
};

export const IndicatorInput = z.object({
  ...indicatorFields,
  direction: indicatorFields.direction.default('none'),
  periodicity: indicatorFields.periodicity.default('year'),
  genderSplit: indicatorFields.genderSplit.default(false),
  consolidation: indicatorFields.consolidation.default('none'),
});
export type IndicatorInput = z.infer<typeof IndicatorInput>;

export const IndicatorPatch = z.object(indicatorFields).partial().extend({ version: z.number().int() });
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

export const PlacementInput = z.object({
  indicatorId: Id,
  goalId: Id,
  sortOrder: z.number().int().optional(),
});
export type PlacementInput = z.infer<typeof PlacementInput>;

export const TargetInput = z.object({
  indicatorId: Id,
  organisationId: Id,
  year: Year,
  gender: Gender.default('T'),
  kind: TargetKind,
  value: z.number({ error: 'Målvärdet måste vara ett tal.' }).nullable().optional(),
  text: text(LIMITS.shortText, 'Måltexten').optional(),
  printed: text(LIMITS.shortText, 'Den tryckta formen').nullable().optional(),
  decisionId: Id.nullable().optional(),
  /** The revision the caller last saw; omit when creating the first target. */
  expectedRevision: z.number().int().nullable().optional(),
});
export type TargetInput = z.infer<typeof TargetInput>;

export const DecisionInput = z.object({
  body: requiredText(LIMITS.name, 'Beslutande organ'),
  dnr: text(100, 'Diarienumret').nullable().optional(),
  decidedOn: IsoDate,
  title: requiredText(LIMITS.title, 'Beslutets rubrik'),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const IndicatorRecord = AuditedRecord.extend({
  id: Id,
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  valueKind: ValueKind,
  direction: Direction,
  periodicity: Periodicity,
  genderSplit: z.boolean(),
  consolidation: Consolidation,
  externalId: z.string().nullable(),
  ownerOrganisationId: Id.nullable(),
  origin: Origin,
  weightIndicatorId: Id.nullable(),
  percentUnbounded: z.boolean(),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

export const PlacementRecord = AuditedRecord.extend({
  id: Id,
  indicatorId: Id,
  goalId: Id,
  sortOrder: z.number().int(),
});
export type PlacementRecord = z.infer<typeof PlacementRecord>;

/** One revision of a target; a new revision supersedes the previous one, which stays as history. */
export const TargetRecord = z.object({
  id: Id,
  indicatorId: Id,
  organisationId: Id,
  year: z.number().int(),
  gender: Gender,
  kind: TargetKind,
  value: z.number().nullable(),
  text: z.string(),
  printed: z.string().nullable(),
  decisionId: Id.nullable(),
  revision: z.number().int(),
  supersededAt: Timestamp.nullable(),
  removed: z.boolean(),
  /** Carried from last year by the rollover; confirm it or set another value. */
  proposed: z.boolean(),
  createdAt: Timestamp,
  createdBy: z.string(),
});
export type TargetRecord = z.infer<typeof TargetRecord>;

export const TargetRevision = TargetRecord.extend({
  decisionBody: z.string().nullable(),
  decisionDnr: z.string().nullable(),
  decisionDate: IsoDate.nullable(),
});
export type TargetRevision = z.infer<typeof TargetRevision>;

export const DecisionRecord = AuditedRecord.extend({
  id: Id,
  body: z.string(),
  dnr: z.string().nullable(),
  decidedOn: IsoDate,
  title: z.string(),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;
