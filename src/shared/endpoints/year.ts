import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Year } from '../schemas/common.ts';
import { YearRecord } from '../schemas/organisation.ts';

export const yearEndpoints = {
  listYears: endpoint({
    method: 'get',
    path: '/api/v1/years',
    summary: 'Planeringsår',
    tag: 'År',
    response: z.array(YearRecord),
  }),
  ensureYear: endpoint({
    method: 'post',
    path: '/api/v1/years',
    summary: 'Skapa planeringsår (gör inget om det redan finns)',
    tag: 'År',
    body: z.object({ year: Year, label: z.string().max(200).nullable().optional() }),
    status: 201,
    response: YearRecord,
  }),
};
