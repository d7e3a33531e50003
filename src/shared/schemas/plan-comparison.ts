import { z } from 'zod';
import { Id } from './common.ts';

export const ComparedRow = z.object({
  key: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  status: z.enum(['same', 'changed', 'added', 'removed']),
  /** Goals: the text fields that differ; targets: "proposed" while the carried target is unconfirmed. */
  detail: z.string(),
});
export type ComparedRow = z.infer<typeof ComparedRow>;

export const PlanComparison = z.object({
  organisationName: z.string(),
  year: z.number().int(),
  previousYear: z.number().int(),
  planId: Id,
  previousPlanId: Id.nullable(),
  texts: z.array(ComparedRow),
  sections: z.array(ComparedRow),
  goals: z.array(ComparedRow),
  targets: z.array(ComparedRow),
});
export type PlanComparison = z.infer<typeof PlanComparison>;
