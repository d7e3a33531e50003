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

export const RegisterExportQuery = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'Välj format csv eller xlsx.' }).default('csv'),
});
export const RegisterImportQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
export const RegisterError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type RegisterError = z.infer<typeof RegisterError>;
/** What a register import did (or, with errors, would have done: nothing is written then). */
export const RegisterReport = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(RegisterError),
});
export type RegisterReport = z.infer<typeof RegisterReport>;
