import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { OrgKind } from '../vocabulary.ts';
import { AuditedRecord, Id, IsoDate, Origin, requiredText, text } from './common.ts';

export { OrgKind };

export const OrganisationInput = z.object({
  parentId: Id.nullable().optional(),
  kind: OrgKind,
  name: requiredText(LIMITS.name, 'Namnet'),
  shortName: text(LIMITS.name, 'Kortnamnet').nullable().optional(),
  externalId: text(LIMITS.name, 'Externt id').nullable().optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.nullable().optional(),
  sortOrder: z.number().int().optional(),
  origin: Origin.optional(),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const OrganisationPatch = OrganisationInput.partial().extend({
  version: z.number().int(),
  /** When a new parent takes effect (a unit moving to another board); default today. */
  movedOn: IsoDate.optional(),
});
export type OrganisationPatch = z.infer<typeof OrganisationPatch>;

export const OrganisationRecord = AuditedRecord.extend({
  id: Id,
  parentId: Id.nullable(),
  kind: OrgKind,
  name: z.string(),
  shortName: z.string().nullable(),
  externalId: z.string().nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  sortOrder: z.number().int(),
  origin: Origin,
});
export type OrganisationRecord = z.infer<typeof OrganisationRecord>;

export const YearRecord = AuditedRecord.extend({
  year: z.number().int(),
  label: z.string().nullable(),
  template: z.string(),
});
export type YearRecord = z.infer<typeof YearRecord>;
