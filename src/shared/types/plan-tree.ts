/** The whole plan of one organisation for one year, as served by GET /api/v1/plans/{id}/tree. */
import type {
  BudgetGroup,
  BudgetLayout,
  Direction,
  Gender,
  GoalLevel,
  GoalTextField,
  OrgKind,
  Periodicity,
  PlanKind,
  PlanStatus,
  SectionPart,
  TargetKind,
  ValueKind,
} from '../vocabulary.ts';

export type { GoalLevel };
export type TargetScope = 'own' | 'board' | 'city';

export interface TreeTarget {
  id: string;
  organisationId: string;
  scope: TargetScope;
  gender: Gender;
  kind: TargetKind;
  value: number | null;
  text: string;
  printed: string | null;
  /** How the plan prints it: "94 %", "öka", "Tas fram av nämnd". */
  formatted: string;
  revision: number;
  decisionId: string | null;
}

export interface TreeIndicator {
  placementId: string;
  indicatorId: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  direction: Direction;
  periodicity: Periodicity;
  genderSplit: boolean;
  externalId: string | null;
  /** Inherited placements are shown only when the plan chose them; the plan's own always are. */
  shown: boolean;
  targets: TreeTarget[];
}

export interface TreeActivity {
  id: string;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  ownerOrganisationId: string;
  assignedOrganisationIds: string[];
  own: boolean;
  version: number;
}

export interface TreeGoal extends Record<GoalTextField, string> {
  id: string;
  level: GoalLevel;
  organisationId: string;
  parentId: string | null;
  number: string | null;
  title: string;
  version: number;
  /** True when the plan's organisation owns (and so may edit) the goal. */
  own: boolean;
  /** Whether the goal appears in the plan's document. */
  shown: boolean;
  /** Chosen explicitly by the plan (inherited goals only). */
  chosen: boolean;
  indicators: TreeIndicator[];
  /** Inherited indicators under the goal left out of the editor's tree (listed on demand); absent when none were. */
  hiddenIndicators?: number;
  activities: TreeActivity[];
  children: TreeGoal[];
}

export interface TreeOrganisation {
  id: string;
  name: string;
  kind: OrgKind;
}

export interface TreeSection {
  id: string;
  part: SectionPart;
  heading: string;
  depth: number;
  body: string;
  sortOrder: number;
  version: number;
}

export interface TreeBudgetRow {
  id: string;
  label: string;
  groupKind: BudgetGroup;
  budget: number;
  forecast: number | null;
  outcome: number | null;
  version: number;
}

export interface TreeBudgetTotals {
  revenue: number;
  cost: number;
  net: number;
}

export interface TreeBudgetTable {
  id: string;
  title: string;
  layout: BudgetLayout;
  amountUnit: string;
  version: number;
  rows: TreeBudgetRow[];
  summary: {
    budget: TreeBudgetTotals;
    forecast: TreeBudgetTotals | null;
    outcome: TreeBudgetTotals | null;
    deviation: number | null;
  };
}

export interface PlanTree {
  plan: {
    id: string;
    year: number;
    kind: PlanKind;
    title: string;
    author: string;
    phone: string;
    addressee: string;
    documentDate: string | null;
    dnr: string;
    decisionProposal: string;
    economyText: string;
    budgetText: string;
    status: PlanStatus;
    version: number;
    updatedAt: string;
  };
  organisation: TreeOrganisation;
  board: TreeOrganisation | null;
  city: TreeOrganisation | null;
  /** Council and board goals with the plan's own goals beneath, in document order. */
  goals: TreeGoal[];
  sections: TreeSection[];
  budgetTables: TreeBudgetTable[];
}
