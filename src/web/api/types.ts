export type {
  PlanTree,
  TreeActivity,
  TreeBudgetRow,
  TreeBudgetTable,
  TreeGoal,
  TreeIndicator,
  TreeSection,
  TreeTarget,
} from '../../shared/schemas/plan-tree.ts';

import type {
  Gender,
  GoalLevel,
  OrgKind,
  Periodicity,
  PlanKind,
  PlanStatus,
  TargetKind,
  ValueKind,
} from '../../shared/vocabulary.ts';

export type { OrgKind };

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  sortOrder: number;
  version: number;
  externalId?: string | null;
  validFrom?: string;
  validTo?: string | null;
}

export interface PlanYear {
  year: number;
  label: string | null;
}

export interface PlanSummary {
  id: string;
  organisationId: string;
  year: number;
  kind: PlanKind;
  title: string;
  status: PlanStatus;
  version: number;
  updatedAt: string;
}

export interface GoalRecord {
  id: string;
  level: GoalLevel;
  organisationId: string;
  parentId: string | null;
  number: string | null;
  title: string;
  description: string;
  expectedResults: string;
  sortOrder: number;
  version: number;
}

export interface TargetRecord {
  id: string;
  indicatorId: string;
  organisationId: string;
  gender: Gender;
  kind: TargetKind;
  value: number | null;
  text: string;
  printed: string | null;
  decisionId: string | null;
  revision: number;
}

export interface IndicatorRecord {
  id: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  periodicity: Periodicity;
}

export interface PlacementRecord {
  id: string;
  indicatorId: string;
  goalId: string;
  sortOrder: number;
}
