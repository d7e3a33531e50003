import { z } from 'zod';
import { ensureYear, listYears } from '../../services/year.ts';
import { Year } from '../../shared/schemas/common.ts';
import { type Api, route } from '../api.ts';

export function yearRoutes(api: Api) {
  const tag = 'År';
  route(api, {
    method: 'get',
    path: '/api/v1/years',
    summary: 'Planeringsår',
    tag,
    handler: ({ ctx }) => listYears(ctx),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/years',
    summary: 'Skapa planeringsår (gör inget om det redan finns)',
    tag,
    body: z.object({ year: Year, label: z.string().max(200).nullable().optional() }),
    status: 201,
    handler: ({ ctx, body }) => ensureYear(ctx, body.year, body.label),
  });
}
