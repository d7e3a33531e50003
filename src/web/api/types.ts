export type {
  PlanTree,
  TreeActivity,
  TreeBudgetRow,
  TreeBudgetTable,
  TreeGoal,
  TreeIndicator,
  TreeSection,
  TreeTarget,
} from '../../shared/types/plan-tree.ts';

export type OrgKind = 'city' | 'board' | 'department' | 'unit' | 'team';

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  sortOrder: number;
  version: number;
}

export interface PlanYear {
  year: number;
  label: string | null;
}

export interface PlanSummary {
  id: string;
  organisationId: string;
  year: number;
  kind: 'plan' | 't1' | 't2' | 'annual';
  title: string;
  status: 'draft' | 'review' | 'decided';
  version: number;
  updatedAt: string;
}

export interface GoalRecord {
  id: string;
  level: 'city_direction' | 'city_area' | 'board' | 'unit';
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
  gender: 'T' | 'K' | 'M';
  kind: 'number' | 'increase' | 'decrease' | 'set_by_board' | 'text';
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
  valueKind: 'percent' | 'number' | 'index' | 'amount';
  periodicity: 'year' | 'tertial' | 'quarter' | 'month';
}

export interface PlacementRecord {
  id: string;
  indicatorId: string;
  goalId: string;
  sortOrder: number;
}
