import { z } from 'zod';
import { GoalLevel } from '../vocabulary.ts';
import { Id } from './common.ts';

/** recognised = found in the document; linked = matched a stored record; created = new record. */
export const KindCount = z.object({
  recognised: z.number().int(),
  linked: z.number().int(),
  created: z.number().int(),
  /** Linked records whose stored values the import changed. */
  updated: z.number().int(),
  /** Records of the plan that the document no longer contains (sections, budget rows). */
  removed: z.number().int(),
});

export const ImportWarning = z.object({
  line: z.number().int(),
  planIndex: z.number().int().nullable(),
  code: z.string(),
  message: z.string(),
});

const OrganisationRef = z.object({ id: Id.nullable(), name: z.string(), created: z.boolean() });

export const PlanImportReport = z.object({
  planIndex: z.number().int(),
  file: z.string().nullable(),
  startLine: z.number().int(),
  endLine: z.number().int(),
  status: z.enum(['imported', 'preview', 'failed']),
  error: z.string().nullable(),
  collision: z
    .object({
      level: GoalLevel,
      number: z.string(),
      line: z.number().int(),
      storedTitle: z.string(),
      printedTitle: z.string(),
    })
    .nullable(),
  unit: z.string().nullable(),
  board: z.string().nullable(),
  year: z.number().int().nullable(),
  planId: Id.nullable(),
  organisations: z.object({
    city: OrganisationRef.nullable(),
    board: OrganisationRef.nullable(),
    unit: OrganisationRef.nullable(),
  }),
  goals: z.record(GoalLevel, KindCount),
  counts: z.record(z.string(), KindCount),
  warnings: z.array(ImportWarning),
  notes: z.array(z.string()),
});
export type PlanImportReport = z.infer<typeof PlanImportReport>;

/**
 * The answer to POST /api/v1/imports: every plan as parsed (the import format's JSON, see
 * docs/import-format.md), the warnings with their lines, and what the import did per plan.
 */
export const ImportResult = z.object({
  /** Described field by field in docs/import-format.md. */
  plans: z.array(z.unknown()),
  warnings: z.array(ImportWarning),
  report: z.object({
    dryRun: z.boolean(),
    ok: z.boolean(),
    files: z.array(z.object({ name: z.string(), planIndexes: z.array(z.number().int()) })),
    plans: z.array(PlanImportReport),
  }),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  organisationId: Id.optional(),
  onCollision: z
    .enum(['link', 'own'], { error: 'onCollision ska vara link (koppla) eller own (planens egna mål).' })
    .optional(),
});
