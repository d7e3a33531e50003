import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  updateActivity,
} from '../../services/activity.ts';
import { activityEndpoints } from '../../shared/endpoints/activity.ts';
import { type Api, route } from '../api.ts';

export function activityRoutes(api: Api) {
  route(api, activityEndpoints.listActivities, ({ ctx, query }) => listActivities(ctx, query));
  route(api, activityEndpoints.createActivity, ({ ctx, body }) => createActivity(ctx, body));
  route(api, activityEndpoints.getActivity, ({ ctx, params }) => getActivity(ctx, params.id));
  route(api, activityEndpoints.updateActivity, ({ ctx, params, body }) =>
    updateActivity(ctx, params.id, body),
  );
  route(api, activityEndpoints.deleteActivity, ({ ctx, params, query }) =>
    deleteActivity(ctx, params.id, query.version),
  );
}
