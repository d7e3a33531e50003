import { z } from 'zod';
import { createGoal, deleteGoal, getGoal, listGoals, reorderGoals, updateGoal } from '../../services/goal.ts';
import { Id, Reorder } from '../../shared/schemas/common.ts';
import { GoalInput, GoalLevel, GoalPatch } from '../../shared/schemas/goal.ts';
import { type Api, route } from '../api.ts';
import { VersionQuery, YearQuery } from './common.ts';

export function goalRoutes(api: Api) {
  const tag = 'Mål';
  route(api, {
    method: 'get',
    path: '/api/v1/goals',
    summary: 'Lista mål (filtrera på år, nivå, organisation, överordnat mål)',
    tag,
    query: z.object({
      year: YearQuery.optional(),
      level: GoalLevel.optional(),
      organisationId: Id.optional(),
      parentId: Id.optional(),
    }),
    handler: ({ ctx, query }) => listGoals(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/goals',
    summary: 'Skapa mål (föräldraregeln och numrering kontrolleras)',
    tag,
    body: GoalInput,
    status: 201,
    handler: ({ ctx, body }) => createGoal(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/goals/:id',
    summary: 'Hämta mål',
    tag,
    handler: ({ ctx, params }) => getGoal(ctx, params.id!),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/goals/:id',
    summary: 'Ändra mål (kräver aktuell version)',
    tag,
    body: GoalPatch,
    handler: ({ ctx, params, body }) => updateGoal(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/goals/:id',
    summary: 'Ta bort mål',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteGoal(ctx, params.id!, query.version),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/goals/reorder',
    summary: 'Ändra ordning på syskonmål',
    tag,
    body: Reorder,
    status: 204,
    handler: ({ ctx, body }) => reorderGoals(ctx, body.ids),
  });
}
