// The whole plan of one organisation for one year, as served by GET /api/v1/plans/{id}/tree.
import { z } from 'zod';
import {
  Abilities,
  BudgetGroup,
  BudgetLayout,
  Direction,
  Gender,
  GOAL_TEXT_FIELDS,
  GoalLevel,
  type GoalTextField,
  OrgKind,
  Periodicity,
  PlanKind,
  PlanStatus,
  SectionPart,
  TargetKind,
  ValueKind,
} from '../vocabulary.ts';
import { Id, IsoDate, Timestamp } from './common.ts';
import { BudgetSummary } from './plan.ts';

export const TargetScope = z.enum(['own', 'board', 'city']);
export type TargetScope = z.infer<typeof TargetScope>;

export const TreeTarget = z.object({
  id: Id,
  organisationId: Id,
  scope: TargetScope,
  gender: Gender,
  kind: TargetKind,
  value: z.number().nullable(),
  text: z.string(),
  printed: z.string().nullable(),
  /** How the plan prints it: "94 %", "öka", "Tas fram av nämnd". */
  formatted: z.string(),
  revision: z.number().int(),
  decisionId: Id.nullable(),
  /** Carried from last year by the rollover and not yet confirmed. */
  proposed: z.boolean(),
});
export type TreeTarget = z.infer<typeof TreeTarget>;

export const TreeIndicator = z.object({
  placementId: Id,
  indicatorId: Id,
  name: z.string(),
  unit: z.string(),
  valueKind: ValueKind,
  direction: Direction,
  periodicity: Periodicity,
  genderSplit: z.boolean(),
  externalId: z.string().nullable(),
  /** Inherited placements are shown only when the plan chose them; the plan's own always are. */
  shown: z.boolean(),
  targets: z.array(TreeTarget),
});
export type TreeIndicator = z.infer<typeof TreeIndicator>;

export const TreeActivity = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  ownerOrganisationId: Id,
  assignedOrganisationIds: z.array(Id),
  own: z.boolean(),
  version: z.number().int(),
});
export type TreeActivity = z.infer<typeof TreeActivity>;

const goalTexts = Object.fromEntries(GOAL_TEXT_FIELDS.map((field) => [field, z.string()])) as Record<
  GoalTextField,
  z.ZodString
>;

const TreeGoalFields = z.object({
  id: Id,
  level: GoalLevel,
  organisationId: Id,
  parentId: Id.nullable(),
  number: z.string().nullable(),
  title: z.string(),
  ...goalTexts,
  version: z.number().int(),
  /** True when the plan's organisation owns (and so may edit) the goal. */
  own: z.boolean(),
  /** Whether the goal appears in the plan's document. */
  shown: z.boolean(),
  /** Chosen explicitly by the plan (inherited goals only). */
  chosen: z.boolean(),
  indicators: z.array(TreeIndicator),
  /** Inherited indicators under the goal left out of the editor's tree (listed on demand); absent when none were. */
  hiddenIndicators: z.number().int().optional(),
  activities: z.array(TreeActivity),
});
/** A goal with the goals beneath it (council → board → unit). */
export type TreeGoal = z.infer<typeof TreeGoalFields> & { children: TreeGoal[] };
export const TreeGoal: z.ZodType<TreeGoal> = TreeGoalFields.extend({
  children: z.array(z.lazy(() => TreeGoal)),
});

export const TreeOrganisation = z.object({ id: Id, name: z.string(), kind: OrgKind });
export type TreeOrganisation = z.infer<typeof TreeOrganisation>;

export const TreeSection = z.object({
  id: Id,
  part: SectionPart,
  heading: z.string(),
  depth: z.number().int(),
  body: z.string(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type TreeSection = z.infer<typeof TreeSection>;

export const TreeBudgetRow = z.object({
  id: Id,
  label: z.string(),
  groupKind: BudgetGroup,
  budget: z.number(),
  forecast: z.number().nullable(),
  outcome: z.number().nullable(),
  version: z.number().int(),
});
export type TreeBudgetRow = z.infer<typeof TreeBudgetRow>;

export const TreeBudgetTable = z.object({
  id: Id,
  title: z.string(),
  layout: BudgetLayout,
  amountUnit: z.string(),
  version: z.number().int(),
  rows: z.array(TreeBudgetRow),
  summary: BudgetSummary,
  /** How the year's document template signs this layout, so the editor prints the net as the PDF does. */
  signConvention: z.enum(['all_positive', 'revenue_negative', 'cost_negative']),
});
export type TreeBudgetTable = z.infer<typeof TreeBudgetTable>;

export const PlanTree = z.object({
  plan: z.object({
    id: Id,
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
    version: z.number().int(),
    updatedAt: Timestamp,
  }),
  organisation: TreeOrganisation,
  board: TreeOrganisation.nullable(),
  city: TreeOrganisation.nullable(),
  /** Council and board goals with the plan's own goals beneath, in document order. */
  goals: z.array(TreeGoal),
  sections: z.array(TreeSection),
  budgetTables: z.array(TreeBudgetTable),
  /** What the signed-in person may do with this plan (write, submit, approve …); the editor hides the rest. */
  can: Abilities,
  /** The stored choice of shown inherited goals and placements: what a visibility PUT sends as `expected`. */
  visibility: z.object({ goalIds: z.array(Id), placementIds: z.array(Id) }),
});
export type PlanTree = z.infer<typeof PlanTree>;
