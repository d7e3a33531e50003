import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Origin } from '../vocabulary.ts';

// Swedish messages for every schema, also in the browser.
z.config(z.locales.sv());

export const Id = z.uuid({ error: 'Ogiltigt id: förväntade ett UUID.' });

export function text(max: number, label: string) {
  return z.string().max(max, { error: `${label} får vara högst ${max} tecken.` });
}

export function requiredText(max: number, label: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} måste fyllas i.` })
    .max(max, { error: `${label} får vara högst ${max} tecken.` });
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

export const Reorder = z.object({
  ids: z.array(Id).max(10_000),
});
export type Reorder = z.infer<typeof Reorder>;

export { Origin };
