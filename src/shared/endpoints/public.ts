import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Id } from '../schemas/common.ts';
import { PlanKind } from '../vocabulary.ts';
import { MEDIA_TYPES } from './document.ts';

const tag = 'Publicerat (öppet, utan inloggning)';
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const PublishedPlan = z.object({
  id: Id,
  year: z.number().int(),
  kind: PlanKind,
  title: z.string(),
  organisationName: z.string(),
  organisationKind: z.string(),
  decidedOn: z.string(),
  decisionBody: z.string(),
  decisionDnr: z.string().nullable(),
});

/** Published plans for everyone: the list, each decided PDF, and the year as open data (JSON). */
export const publicEndpoints = {
  listPublishedPlans: endpoint({
    method: 'get',
    path: '/api/v1/public/plans',
    summary: 'Årets publicerade planer (ingen inloggning)',
    tag,
    query: YearQuery,
    response: z.array(PublishedPlan),
  }),
  getPublishedPdf: endpoint({
    method: 'get',
    path: '/api/v1/public/plans/:id/document.pdf',
    summary: 'Den publicerade planen som PDF, så som den beslutades',
    tag,
    produces: MEDIA_TYPES.pdf,
  }),
  getOpenData: endpoint({
    method: 'get',
    path: '/api/v1/public/open-data',
    summary: 'Öppna data: årets publicerade planer med beslutad dokumentmodell (JSON, CC0)',
    tag,
    query: YearQuery,
    response: z.object({
      year: z.number().int(),
      license: z.string(),
      plans: z.array(PublishedPlan.extend({ pdf: z.string(), document: z.unknown() })),
    }),
  }),
};
