import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { BudgetGroup, BudgetLayout, PlanKind, PlanStatus, SectionPart } from '../vocabulary.ts';
import { AuditedRecord, Id, IsoDate, Origin, RichText, requiredText, text, Year } from './common.ts';

export { PlanKind, SectionPart };

const planFields = {
  title: text(LIMITS.title, 'Titeln').optional(),
  author: text(LIMITS.name, 'Handläggare').optional(),
  phone: text(60, 'Telefon').optional(),
  addressee: text(LIMITS.name, 'Till').optional(),
  documentDate: IsoDate.nullable().optional(),
  dnr: text(100, 'Diarienumret').optional(),
  decisionProposal: RichText('Förslag till beslut').optional(),
  economyText: RichText('Resursanvändning').optional(),
  budgetText: RichText('Budgettexten').optional(),
  origin: Origin.optional(),
};

/** Status is set on create (imports of decided plans); afterwards it changes only through the workflow. */
export const PlanInput = z.object({
  organisationId: Id,
  year: Year,
  kind: PlanKind.default('plan'),
  ...planFields,
  status: PlanStatus.optional(),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanPatch = z.object(planFields).partial().extend({ version: z.number().int() });
export type PlanPatch = z.infer<typeof PlanPatch>;

export const PlanSectionInput = z.object({
  part: SectionPart,
  heading: requiredText(LIMITS.heading, 'Rubriken'),
  depth: z.number().int().min(1).max(3).optional(),
  body: RichText('Texten').optional(),
  sortOrder: z.number().int().optional(),
});
export type PlanSectionInput = z.infer<typeof PlanSectionInput>;

export const PlanSectionPatch = PlanSectionInput.partial().extend({ version: z.number().int() });
export type PlanSectionPatch = z.infer<typeof PlanSectionPatch>;

/**
 * Replaces the shown inherited goals and/or indicator placements. `expected` is the choice as the client read
 * it (its version): 409 with the stored choice when someone else has changed a set this request replaces.
 */
export const PlanVisibilityInput = z.object({
  goalIds: z.array(Id).max(5000).optional(),
  placementIds: z.array(Id).max(5000).optional(),
  expected: z.object(
    { goalIds: z.array(Id).max(5000), placementIds: z.array(Id).max(5000) },
    { error: 'Skicka med valet som du läste (expected) för att upptäcka samtidiga ändringar.' },
  ),
});
export type PlanVisibilityInput = z.infer<typeof PlanVisibilityInput>;

export const BudgetTableInput = z.object({
  title: text(LIMITS.name, 'Budgettabellens rubrik').optional(),
  layout: BudgetLayout,
  amountUnit: text(20, 'Beloppsenheten').optional(),
  sortOrder: z.number().int().optional(),
});
export type BudgetTableInput = z.infer<typeof BudgetTableInput>;

export const BudgetTablePatch = BudgetTableInput.partial().extend({ version: z.number().int() });
export type BudgetTablePatch = z.infer<typeof BudgetTablePatch>;

const amount = z
  .number({ error: 'Beloppet måste vara ett tal (i tkr).' })
  .min(0, { error: 'Belopp lagras som positiva tal; ange intäkter och kostnader utan minustecken.' })
  .max(1e12, { error: 'Beloppet är orimligt stort.' });

const budgetRowFields = {
  label: requiredText(LIMITS.name, 'Radens namn'),
  groupKind: BudgetGroup,
  budget: amount,
  forecast: amount.nullable().optional(),
  outcome: amount.nullable().optional(),
  sortOrder: z.number().int().optional(),
};

export const BudgetRowInput = z.object({ ...budgetRowFields, budget: amount.default(0) });
export type BudgetRowInput = z.infer<typeof BudgetRowInput>;

// Built from the fields without defaults: a PATCH with only a label must not set the amount to 0.
export const BudgetRowPatch = z.object(budgetRowFields).partial().extend({ version: z.number().int() });
export type BudgetRowPatch = z.infer<typeof BudgetRowPatch>;

export const PlanTreeQuery = z.object({ organisationId: Id, year: z.coerce.number().int() });
export { Id };

export const WorkflowStep = z.object({
  version: z.number().int(),
  comment: text(5000, 'Kommentaren').optional(),
});
export type WorkflowStep = z.infer<typeof WorkflowStep>;

export const DecideInput = WorkflowStep.extend({
  decidedOn: IsoDate,
  body: requiredText(LIMITS.name, 'Beslutande organ'),
  paragraph: text(50, 'Paragrafen').optional(),
  dnr: text(100, 'Diarienumret').optional(),
});
export type DecideInput = z.infer<typeof DecideInput>;

export const PlanRecord = AuditedRecord.extend({
  id: Id,
  organisationId: Id,
  year: z.number().int(),
  kind: PlanKind,
  title: z.string(),
  author: z.string(),
  phone: z.string(),
  addressee: z.string(),
  documentDate: IsoDate.nullable(),
  dnr: z.string(),
  decisionProposal: z.string(),
  economyText: z.string(),
  budgetText: z.string(),
  status: PlanStatus,
  origin: Origin,
});
export type PlanRecord = z.infer<typeof PlanRecord>;

export const PlanSectionRecord = AuditedRecord.extend({
  id: Id,
  planId: Id,
  part: SectionPart,
  heading: z.string(),
  depth: z.number().int(),
  body: z.string(),
  sortOrder: z.number().int(),
});
export type PlanSectionRecord = z.infer<typeof PlanSectionRecord>;

export const PlanVisibility = z.object({ goalIds: z.array(Id), placementIds: z.array(Id) });
export type PlanVisibility = z.infer<typeof PlanVisibility>;

export const BudgetRowRecord = AuditedRecord.extend({
  id: Id,
  budgetTableId: Id,
  label: z.string(),
  groupKind: BudgetGroup,
  budget: z.number(),
  forecast: z.number().nullable(),
  outcome: z.number().nullable(),
  sortOrder: z.number().int(),
});
export type BudgetRowRecord = z.infer<typeof BudgetRowRecord>;

export const BudgetTotals = z.object({ revenue: z.number(), cost: z.number(), net: z.number() });

/** Net = revenue − cost; deviation = forecast net − budget net (positive is better than budget). */
export const BudgetSummary = z.object({
  budget: BudgetTotals,
  forecast: BudgetTotals.nullable(),
  outcome: BudgetTotals.nullable(),
  deviation: z.number().nullable(),
});

export const BudgetTableRecord = AuditedRecord.extend({
  id: Id,
  planId: Id,
  title: z.string(),
  layout: BudgetLayout,
  amountUnit: z.string(),
  sortOrder: z.number().int(),
});
export type BudgetTableRecord = z.infer<typeof BudgetTableRecord>;

export const BudgetTableWithRows = BudgetTableRecord.extend({
  rows: z.array(BudgetRowRecord),
  summary: BudgetSummary,
});
export type BudgetTableWithRows = z.infer<typeof BudgetTableWithRows>;
