import { z } from 'zod';

export const VersionQuery = z.object({ version: z.coerce.number().int().optional() });
export const YearQuery = z.coerce.number().int().min(2000).max(2100);
