import { z } from 'zod';
import { Id } from './common.ts';

export const SearchQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  q: z
    .string()
    .trim()
    .min(1, { error: 'Skriv minst ett ord att söka efter.' })
    .max(200, { error: 'Sökningen får vara högst 200 tecken.' }),
});

export const SearchKind = z.enum(['goal', 'indicator', 'activity', 'section']);
export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  title: z.string(),
  /** The matching text with the found words between « and ». */
  snippet: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  /** The element's id in the plan editor of the organisation. */
  anchor: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ year: z.number().int(), q: z.string(), hits: z.array(SearchHit) });
export type SearchResult = z.infer<typeof SearchResult>;
