import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { BoardOverview } from '../schemas/board-overview.ts';
import { Id, YearQuery } from '../schemas/common.ts';

export const boardOverviewEndpoints = {
  getBoardOverview: endpoint({
    method: 'get',
    path: '/api/v1/board-overviews',
    summary:
      'Nämndens översikt (eller kommunens, över alla nämnder): enheternas planer med status, senaste ändring och vad som saknas, och vilka enhetsmål som svarar mot varje nämndmål',
    tag: 'Plan',
    query: z.object({ organisationId: Id, year: YearQuery }),
    response: BoardOverview,
  }),
};
