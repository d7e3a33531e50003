// Small read helpers over a parsed plan, for importers and verification.
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';

/** All goals in document order, parents before their children. */
export function flattenGoals(goals: ParsedGoal[]): ParsedGoal[] {
  return goals.flatMap((g) => [g, ...flattenGoals(g.children)]);
}

export interface PlanCounts {
  directions: number;
  areas: number;
  board: number;
  unit: number;
  indicators: number;
  activities: number;
}

/** Per-plan counts as a reader counts the printed plan (indicators as logical rows, continuations merged). */
export function countPlan(plan: ParsedPlan): PlanCounts {
  const goals = flattenGoals(plan.goals);
  const level = (l: ParsedGoal['level']) => goals.filter((g) => g.level === l).length;
  return {
    directions: level('city_direction'),
    areas: level('city_area'),
    board: level('board'),
    unit: level('unit'),
    indicators: goals.reduce((n, g) => n + g.indicators.length, 0),
    activities: goals.reduce((n, g) => n + g.activities.length, 0),
  };
}

export function findGoalByTitle(plan: ParsedPlan, prefix: string): ParsedGoal | undefined {
  return flattenGoals(plan.goals).find((g) => g.title.startsWith(prefix));
}
