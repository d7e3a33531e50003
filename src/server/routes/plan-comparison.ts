import { comparePlans } from '../../services/plan-comparison.ts';
import { planComparisonEndpoints as e } from '../../shared/endpoints/plan-comparison.ts';
import { type Api, route } from '../api.ts';

export function planComparisonRoutes(api: Api) {
  route(api, e.comparePlans, ({ ctx, query }) => comparePlans(ctx, query.organisationId, query.year));
}
