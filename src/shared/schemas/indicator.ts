import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Consolidation, Direction, Gender, Periodicity, TargetKind, ValueKind } from '../vocabulary.ts';
import { Id, IsoDate, Origin, RichText, requiredText, text, Year } from './common.ts';

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
