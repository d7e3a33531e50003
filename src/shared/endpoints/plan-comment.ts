import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { PlanComment, PlanCommentInput } from '../schemas/plan-comment.ts';
import { PlanHistory, PlanHistoryQuery } from '../schemas/plan-history.ts';

const tag = 'Kommentarer';

/** Comments on a plan or one of its goals, sections or indicators, visible to whoever may see the plan. */
export const planCommentEndpoints = {
  listPlanComments: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/comments',
    summary: 'Kommentarer på planen och dess mål, avsnitt och indikatorer (äldst först)',
    tag,
    response: z.array(PlanComment),
  }),
  createPlanComment: endpoint({
    method: 'post',
    path: '/api/v1/plans/:id/comments',
    summary: 'Kommentera planen, ett mål, ett avsnitt eller en indikator',
    tag,
    body: PlanCommentInput,
    response: PlanComment,
    status: 201,
  }),
  listPlanHistory: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/history',
    summary:
      'Historik: vem ändrade vad och när (nyast först), med ordvis skillnad; ?from=&to= jämför två versioner',
    tag: 'Historik',
    query: PlanHistoryQuery,
    response: PlanHistory,
  }),
};
