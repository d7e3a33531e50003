import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Id, Origin, RichText, requiredText, text, Year } from './common.ts';

export const GoalLevel = z.enum(['city_direction', 'city_area', 'board', 'unit']);

const goalFields = {
  number: text(20, 'Numret')
    .regex(/^\s*[0-9]+(\.[0-9]+)*\.?\s*$/, {
      error: 'Numret skrivs som siffror med punkter, till exempel 1.3 eller 1.2.1.',
    })
    .nullable()
    .optional(),
  title: requiredText(LIMITS.title, 'Rubriken'),
  description: RichText('Beskrivningen').optional(),
  expectedResults: RichText('Förväntat resultat').optional(),
  waysOfWorking: RichText('Arbetssätt').optional(),
  resources: RichText('Resursanvändning').optional(),
  followUp: RichText('Uppföljning').optional(),
  development: RichText('Utveckling').optional(),
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
