import { buildBoardOverview } from '../../services/board-overview.ts';
import { boardOverviewEndpoints as e } from '../../shared/endpoints/board-overview.ts';
import { type Api, route } from '../api.ts';

export function boardOverviewRoutes(api: Api) {
  route(api, e.getBoardOverview, ({ ctx, query }) =>
    buildBoardOverview(ctx, query.organisationId, query.year),
  );
}
