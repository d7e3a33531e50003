import { z } from 'zod';
import { Year } from './common.ts';

export const RolloverInput = z.object({ from: Year, to: Year, dryRun: z.boolean().optional() });

export const RolloverReport = z.object({
  from: z.number().int(),
  to: z.number().int(),
  dryRun: z.boolean(),
  goals: z.number().int(),
  placements: z.number().int(),
  plans: z.number().int(),
  sections: z.number().int(),
  budgetTables: z.number().int(),
  budgetRows: z.number().int(),
  skipped: z.array(z.object({ kind: z.enum(['goal', 'plan']), title: z.string(), reason: z.string() })),
});
