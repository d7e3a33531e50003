import { z } from 'zod';
import { OrgKind, PlanStatus } from '../vocabulary.ts';
import { Id, Timestamp } from './common.ts';

/** One unit's plan as the board sees it: status, when it last changed and what it still lacks. */
export const UnitPlanRow = z.object({
  organisationId: Id,
  name: z.string(),
  kind: OrgKind,
  planId: Id.nullable(),
  status: PlanStatus.nullable(),
  lastChange: Timestamp.nullable(),
  unitGoals: z.number().int(),
  /** The board's goals this unit has no unit goal under. */
  boardGoalsUnanswered: z.number().int(),
  /** Targets carried from last year and not yet confirmed. */
  proposedTargets: z.number().int(),
});
export type UnitPlanRow = z.infer<typeof UnitPlanRow>;

export const AnsweringGoal = z.object({
  goalId: Id,
  title: z.string(),
  organisationId: Id,
  organisationName: z.string(),
});

export const BoardGoalRow = z.object({
  goalId: Id,
  number: z.string().nullable(),
  title: z.string(),
  answeredBy: z.array(AnsweringGoal),
});
export type BoardGoalRow = z.infer<typeof BoardGoalRow>;

export const BoardSummary = z.object({
  boardId: Id,
  name: z.string(),
  plan: z.object({ id: Id, status: PlanStatus, lastChange: Timestamp }).nullable(),
  units: z.array(UnitPlanRow),
  goals: z.array(BoardGoalRow),
});
export type BoardSummary = z.infer<typeof BoardSummary>;

/** A board's overview, or the city's: every board with the same parts. */
export const BoardOverview = z.object({
  organisationId: Id,
  name: z.string(),
  kind: OrgKind,
  year: z.number().int(),
  boards: z.array(BoardSummary),
});
export type BoardOverview = z.infer<typeof BoardOverview>;
