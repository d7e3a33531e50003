import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { AuditedRecord, Id, IsoDate, Origin, RichText, requiredText, Year } from './common.ts';

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

export const ActivityRecord = AuditedRecord.extend({
  id: Id,
  year: z.number().int(),
  goalId: Id.nullable(),
  ownerOrganisationId: Id,
  title: z.string(),
  description: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  sortOrder: z.number().int(),
  origin: Origin,
  assignedOrganisationIds: z.array(Id),
});
export type ActivityRecord = z.infer<typeof ActivityRecord>;
