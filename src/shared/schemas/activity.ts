import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Id, IsoDate, Origin, RichText, requiredText, Year } from './common.ts';

const activityFields = {
  goalId: Id.nullable().optional(),
  title: requiredText(LIMITS.activityTitle, 'Aktivitetens namn'),
  description: RichText('Beskrivningen').optional(),
  startDate: IsoDate,
  endDate: IsoDate,
  assignedOrganisationIds: z.array(Id).max(5000).optional(),
  sortOrder: z.number().int().optional(),
  origin: Origin.optional(),
};

export const ActivityInput = z.object({ year: Year, ownerOrganisationId: Id, ...activityFields });
export type ActivityInput = z.infer<typeof ActivityInput>;

export const ActivityPatch = z.object(activityFields).partial().extend({ version: z.number().int() });
export type ActivityPatch = z.infer<typeof ActivityPatch>;
