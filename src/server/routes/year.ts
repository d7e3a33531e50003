import { addYear, listYears } from '../../services/year.ts';
import { yearEndpoints } from '../../shared/endpoints/year.ts';
import { type Api, route } from '../api.ts';

export function yearRoutes(api: Api) {
  route(api, yearEndpoints.listYears, ({ ctx }) => listYears(ctx));
  route(api, yearEndpoints.ensureYear, ({ ctx, body }) => addYear(ctx, body.year, body.label));
}
