import { searchYearContent } from '../../services/search.ts';
import { searchEndpoints as e } from '../../shared/endpoints/search.ts';
import { type Api, route } from '../api.ts';

export function searchRoutes(api: Api) {
  route(api, e.search, ({ ctx, query }) => searchYearContent(ctx, query.year, query.q));
}
