import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { GOAL_TEXT_FIELD_LABEL, GOAL_TEXT_FIELDS, GoalLevel, type GoalTextField } from '../vocabulary.ts';
import { AuditedRecord, Id, Origin, RichText, requiredText, text, Year } from './common.ts';

export { GoalLevel };

const textFields = Object.fromEntries(
  GOAL_TEXT_FIELDS.map((field) => [field, RichText(GOAL_TEXT_FIELD_LABEL[field]).optional()]),
) as Record<GoalTextField, z.ZodOptional<z.ZodString>>;

const goalFields = {
  number: text(20, 'Numret')
    .regex(/^\s*[0-9]+(\.[0-9]+)*\.?\s*$/, {
      error: 'Numret skrivs som siffror med punkter, till exempel 1.3 eller 1.2.1.',
    })
    .nullable()
    .optional(),
  title: requiredText(LIMITS.title, 'Rubriken'),
  ...textFields,
  lineageId: Id.optional(),
  sortOrder: z.number().int().optional(),
  origin: Origin.optional(),
};

export const GoalInput = z.object({
  year: Year,
  level: GoalLevel,
  organisationId: Id,
  parentId: Id.nullable().optional(),
  ...goalFields,
});
export type GoalInput = z.infer<typeof GoalInput>;

export const GoalPatch = z
  .object({ ...goalFields, parentId: Id.nullable().optional() })
  .partial()
  .extend({
    version: z.number().int(),
  });
export type GoalPatch = z.infer<typeof GoalPatch>;

export const GoalRecord = AuditedRecord.extend({
  id: Id,
  year: z.number().int(),
  level: GoalLevel,
  organisationId: Id,
  parentId: Id.nullable(),
  number: z.string().nullable(),
  title: z.string(),
  ...(Object.fromEntries(GOAL_TEXT_FIELDS.map((field) => [field, z.string()])) as Record<
    GoalTextField,
    z.ZodString
  >),
  lineageId: Id,
  sortOrder: z.number().int(),
  origin: Origin,
});
export type GoalRecord = z.infer<typeof GoalRecord>;
