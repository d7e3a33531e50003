import { rolloverYear } from '../../services/year-rollover.ts';
import { yearRolloverEndpoints as e } from '../../shared/endpoints/year-rollover.ts';
import { type Api, route } from '../api.ts';

export function yearRolloverRoutes(api: Api) {
  route(api, e.rolloverYear, ({ ctx, body }) => rolloverYear(ctx, body));
}
