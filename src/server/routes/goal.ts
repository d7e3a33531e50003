import { createGoal, deleteGoal, getGoal, listGoals, reorderGoals, updateGoal } from '../../services/goal.ts';
import { goalEndpoints } from '../../shared/endpoints/goal.ts';
import { type Api, route } from '../api.ts';

export function goalRoutes(api: Api) {
  route(api, goalEndpoints.listGoals, ({ ctx, query }) => listGoals(ctx, query));
  route(api, goalEndpoints.createGoal, ({ ctx, body }) => createGoal(ctx, body));
  route(api, goalEndpoints.getGoal, ({ ctx, params }) => getGoal(ctx, params.id));
  route(api, goalEndpoints.updateGoal, ({ ctx, params, body }) => updateGoal(ctx, params.id, body));
  route(api, goalEndpoints.deleteGoal, ({ ctx, params, query }) => deleteGoal(ctx, params.id, query.version));
  route(api, goalEndpoints.reorderGoals, ({ ctx, body }) => reorderGoals(ctx, body));
}
