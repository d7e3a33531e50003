import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { PLAN_STATUSES } from '../domain/vocabulary.ts';
import { Id, IsoDate, Year } from '../shared/schemas/common.ts';
import {
  BudgetGroup,
  BudgetLayout,
  Consolidation,
  Direction,
  Gender,
  GOAL_TEXT_FIELDS,
  GoalLevel,
  type GoalTextField,
  OrgKind,
  Origin,
  Periodicity,
  PlanKind,
  type PlanStatus,
  SectionPart,
  TargetKind,
  ValueKind,
} from '../shared/vocabulary.ts';

const text = (max: number) => z.string().max(max);
const origin = Origin;
const goalTexts = Object.fromEntries(GOAL_TEXT_FIELDS.map((f) => [f, text(LIMITS.richText)])) as Record<
  GoalTextField,
  z.ZodString
>;

const Organisation = z.object({
  id: Id,
  parentId: Id.nullable(),
  kind: OrgKind,
  name: text(LIMITS.name).min(1),
  shortName: text(LIMITS.name).nullable(),
  externalId: text(LIMITS.name).nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  sortOrder: z.number().int(),
  origin,
  parentLinks: z
    .array(z.object({ parentId: Id, validFrom: IsoDate, validTo: IsoDate.nullable() }))
    .default([]),
});

const Goal = z.object({
  id: Id,
  year: Year,
  level: GoalLevel,
  organisationId: Id,
  parentId: Id.nullable(),
  number: text(20).nullable(),
  title: text(LIMITS.title).min(1),
  ...goalTexts,
  lineageId: Id,
  sortOrder: z.number().int(),
  origin,
});

const Indicator = z.object({
  id: Id,
  name: text(LIMITS.title).min(1),
  description: text(LIMITS.richText),
  unit: text(60),
  valueKind: ValueKind,
  direction: Direction,
  periodicity: Periodicity,
  genderSplit: z.boolean(),
  consolidation: Consolidation,
  externalId: text(LIMITS.name).nullable(),
  ownerOrganisationId: Id.nullable(),
  origin,
});

const Target = z.object({
  id: Id,
  indicatorId: Id,
  organisationId: Id,
  year: Year,
  gender: Gender,
  kind: TargetKind,
  value: z.number().nullable(),
  text: text(LIMITS.shortText),
  printed: text(LIMITS.shortText).nullable(),
  decisionId: Id.nullable(),
  revision: z.number().int().min(1),
  supersededAt: z.iso.datetime({ offset: true }).nullable(),
  removed: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: text(LIMITS.name),
});

const BudgetRow = z.object({
  id: Id,
  budgetTableId: Id,
  label: text(LIMITS.name).min(1),
  groupKind: BudgetGroup,
  budget: z.number().min(0),
  forecast: z.number().min(0).nullable(),
  outcome: z.number().min(0).nullable(),
  sortOrder: z.number().int(),
});

const Plan = z.object({
  id: Id,
  organisationId: Id,
  year: Year,
  kind: PlanKind,
  title: text(LIMITS.title),
  author: text(LIMITS.name),
  phone: text(60),
  addressee: text(LIMITS.name),
  documentDate: IsoDate.nullable(),
  dnr: text(100),
  decisionProposal: text(LIMITS.richText),
  economyText: text(LIMITS.richText),
  budgetText: text(LIMITS.richText),
  // Files exported before the workflow landed say 'review' for what is now 'submitted'.
  status: z
    .enum([...PLAN_STATUSES, 'review'])
    .transform((s): PlanStatus => (s === 'review' ? 'submitted' : s)),
  origin,
  shownGoalIds: z.array(Id),
  shownPlacementIds: z.array(Id),
  sections: z.array(
    z.object({
      id: Id,
      planId: Id,
      part: SectionPart,
      heading: text(LIMITS.heading).min(1),
      depth: z.number().int().min(1).max(3),
      body: text(LIMITS.richText),
      sortOrder: z.number().int(),
    }),
  ),
  budgetTables: z.array(
    z.object({
      id: Id,
      planId: Id,
      title: text(LIMITS.name),
      layout: BudgetLayout,
      amountUnit: text(20),
      sortOrder: z.number().int(),
      rows: z.array(BudgetRow),
    }),
  ),
});

export const YearExportFile = z.object({
  format: z.literal('malkedja-export', {
    error: 'Filen är inte en Målkedja-export (fältet format saknas eller är fel).',
  }),
  formatVersion: z.literal(1, {
    error: 'Filen har en exportversion som den här versionen av Målkedja inte kan läsa.',
  }),
  year: Year,
  yearInfo: z.object({ year: Year, label: z.string().nullable(), template: z.string() }),
  organisations: z.array(Organisation),
  decisions: z.array(
    z.object({
      id: Id,
      body: text(LIMITS.name).min(1),
      dnr: text(100).nullable(),
      decidedOn: IsoDate,
      title: text(LIMITS.title).min(1),
    }),
  ),
  indicators: z.array(Indicator),
  goals: z.array(Goal),
  placements: z.array(z.object({ id: Id, indicatorId: Id, goalId: Id, sortOrder: z.number().int() })),
  targets: z.array(Target),
  activities: z.array(
    z.object({
      id: Id,
      year: Year,
      goalId: Id.nullable(),
      ownerOrganisationId: Id,
      title: text(LIMITS.activityTitle).min(1),
      description: text(LIMITS.richText),
      startDate: IsoDate,
      endDate: IsoDate,
      sortOrder: z.number().int(),
      origin,
      assignedOrganisationIds: z.array(Id),
    }),
  ),
  plans: z.array(Plan),
});
export type YearExportFile = z.infer<typeof YearExportFile>;
