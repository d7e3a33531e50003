import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Id, Year } from './common.ts';

/** What happens to one goal of the old year: carried as is, carried with a new title, or left behind. */
export const RolloverGoalChoice = z.object({
  goalId: Id,
  action: z.enum(['keep', 'change', 'drop']),
  title: z
    .string()
    .trim()
    .max(LIMITS.title, { error: `Högst ${LIMITS.title} tecken.` })
    .optional(),
});
export type RolloverGoalChoice = z.infer<typeof RolloverGoalChoice>;

export const RolloverInput = z.object({
  from: Year,
  to: Year,
  dryRun: z.boolean().optional(),
  /** Goals not named are kept. */
  goals: z.array(RolloverGoalChoice).optional(),
});
export type RolloverInput = z.infer<typeof RolloverInput>;

export const RolloverReport = z.object({
  from: z.number().int(),
  to: z.number().int(),
  dryRun: z.boolean(),
  goals: z.number().int(),
  changedGoals: z.number().int(),
  droppedGoals: z.number().int(),
  targets: z.number().int(),
  placements: z.number().int(),
  plans: z.number().int(),
  sections: z.number().int(),
  budgetTables: z.number().int(),
  budgetRows: z.number().int(),
  skipped: z.array(z.object({ kind: z.enum(['goal', 'plan']), title: z.string(), reason: z.string() })),
});
