import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Id, Reorder, VersionQuery, YearQuery } from '../schemas/common.ts';
import { GoalInput, GoalLevel, GoalPatch, GoalRecord } from '../schemas/goal.ts';

export const goalEndpoints = {
  listGoals: endpoint({
    method: 'get',
    path: '/api/v1/goals',
    summary: 'Lista mål (filtrera på år, nivå, organisation, överordnat mål)',
    tag: 'Mål',
    query: z.object({
      year: YearQuery.optional(),
      level: GoalLevel.optional(),
      organisationId: Id.optional(),
      parentId: Id.optional(),
    }),
    response: z.array(GoalRecord),
  }),
  createGoal: endpoint({
    method: 'post',
    path: '/api/v1/goals',
    summary: 'Skapa mål (föräldraregeln och numrering kontrolleras)',
    tag: 'Mål',
    body: GoalInput,
    status: 201,
    response: GoalRecord,
  }),
  getGoal: endpoint({
    method: 'get',
    path: '/api/v1/goals/:id',
    summary: 'Hämta mål',
    tag: 'Mål',
    response: GoalRecord,
  }),
  updateGoal: endpoint({
    method: 'patch',
    path: '/api/v1/goals/:id',
    summary: 'Ändra mål (kräver aktuell version)',
    tag: 'Mål',
    body: GoalPatch,
    response: GoalRecord,
  }),
  deleteGoal: endpoint({
    method: 'delete',
    path: '/api/v1/goals/:id',
    summary: 'Ta bort mål',
    tag: 'Mål',
    query: VersionQuery,
    status: 204,
  }),
  reorderGoals: endpoint({
    method: 'post',
    path: '/api/v1/goals/reorder',
    summary: 'Ändra ordning på syskonmål',
    tag: 'Mål',
    body: Reorder,
    status: 204,
  }),
};
