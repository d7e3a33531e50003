import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

const DiffPart = z.object({ op: z.enum(['same', 'add', 'del']), text: z.string() });
const FieldChange = z.object({ field: z.string(), parts: z.array(DiffPart) });

export const PlanHistoryQuery = z.object({
  from: z.coerce.number().int().positive().optional(),
  to: z.coerce.number().int().positive().optional(),
});

/** GET /plans/:id/history: who changed what and when, newest first, with word diffs of the texts. */
export const PlanHistory = z.object({
  planId: Id,
  events: z.array(
    z.object({
      seq: z.number().int(),
      at: Timestamp,
      actor: z.string(),
      entity: z.string(),
      entityId: z.string(),
      action: z.enum(['create', 'update', 'delete']),
      name: z.string(),
      changes: z.array(FieldChange),
    }),
  ),
  comparison: z
    .object({
      from: z.number().int(),
      to: z.number().int(),
      records: z.array(
        z.object({
          entity: z.string(),
          entityId: z.string(),
          name: z.string(),
          changes: z.array(FieldChange),
        }),
      ),
    })
    .nullable(),
});
export type PlanHistory = z.infer<typeof PlanHistory>;
