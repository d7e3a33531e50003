import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Origin } from '../vocabulary.ts';

// Swedish messages for every schema, also in the browser.
z.config(z.locales.sv());

/** PostgreSQL cannot store NUL (\u0000) in text; refusing it here names the field instead of failing in SQL. */
const hasNoNul = (value: string) => !value.includes('\u0000');
const nulMessage = (label: string) =>
  `${label} innehåller ett otillåtet tecken (NUL, \\u0000). Ta bort det, till exempel genom att skriva in texten på nytt.`;

/** A UUID; its format already leaves no room for NUL or any other stray character. */
export const Id = z.uuid({ error: 'Ogiltigt id: förväntade ett UUID.' });

export function text(max: number, label: string) {
  return z
    .string()
    .max(max, { error: `${label} får vara högst ${max} tecken.` })
    .refine(hasNoNul, { error: nulMessage(label) });
}

export function requiredText(max: number, label: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} måste fyllas i.` })
    .max(max, { error: `${label} får vara högst ${max} tecken.` })
    .refine(hasNoNul, { error: nulMessage(label) });
}

export const RichText = (label: string) => text(LIMITS.richText, label);

export const IsoDate = z.iso.date({ error: 'Datum anges som ÅÅÅÅ-MM-DD, till exempel 2025-01-01.' });

export const Year = z
  .number({ error: 'År anges som ett heltal, till exempel 2025.' })
  .int({ error: 'År anges som ett heltal, till exempel 2025.' })
  .min(2000, { error: 'Året måste vara 2000 eller senare.' })
  .max(2100, { error: 'Året måste vara 2100 eller tidigare.' });

export const Version = z.object({
  version: z.number({ error: 'Skicka med postens version (för att upptäcka samtidiga ändringar).' }).int(),
});

/**
 * A new order for one list. `expectedIds` is the order as the client read it (the list's version): the server
 * answers 409 with the stored order when someone else has reordered, added or removed items meanwhile.
 */
export const Reorder = z.object({
  ids: z.array(Id).max(10_000),
  expectedIds: z
    .array(Id, {
      error: 'Skicka med ordningen som du läste (expectedIds) för att upptäcka samtidiga ändringar.',
    })
    .max(10_000),
});
export type Reorder = z.infer<typeof Reorder>;

export { Origin };

/** A point in time as JSON carries it: ISO 8601 with offset. */
export const Timestamp = z.iso.datetime({ offset: true });

/** Who created and last changed a record, when, and its version for optimistic concurrency. */
export const AuditedRecord = z.object({
  version: z.number().int(),
  createdAt: Timestamp,
  createdBy: z.string(),
  updatedAt: Timestamp,
  updatedBy: z.string(),
});

/** A delete names the version it saw, so it never removes a record someone else has just changed. */
export const VersionQuery = z.object({
  version: z.coerce
    .number({ error: 'Skicka med postens version (?version=…) så att en samtidig ändring inte tas bort.' })
    .int({ error: 'Versionen anges som ett heltal.' }),
});
export const YearQuery = z.coerce.number().int().min(2000).max(2100);

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) });
export type Health = z.infer<typeof Health>;
