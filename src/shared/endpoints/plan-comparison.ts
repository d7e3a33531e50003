import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Id, YearQuery } from '../schemas/common.ts';
import { PlanComparison } from '../schemas/plan-comparison.ts';

export const planComparisonEndpoints = {
  comparePlans: endpoint({
    method: 'get',
    path: '/api/v1/plan-comparisons',
    summary:
      'En organisations verksamhetsplan bredvid förra årets: avsnitt, mål (per ursprung) och årsmål med skillnader',
    tag: 'Plan',
    query: z.object({ organisationId: Id, year: YearQuery }),
    response: PlanComparison,
  }),
};
