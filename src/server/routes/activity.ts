import { z } from 'zod';
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  updateActivity,
} from '../../services/activity.ts';
import { ActivityInput, ActivityPatch } from '../../shared/schemas/activity.ts';
import { Id } from '../../shared/schemas/common.ts';
import { type Api, route } from '../api.ts';
import { VersionQuery, YearQuery } from './common.ts';

export function activityRoutes(api: Api) {
  const tag = 'Aktivitet';
  route(api, {
    method: 'get',
    path: '/api/v1/activities',
    summary: 'Lista aktiviteter',
    tag,
    query: z.object({
      year: YearQuery.optional(),
      goalId: Id.optional(),
      ownerOrganisationId: Id.optional(),
      assignedTo: Id.optional(),
      visibleTo: Id.optional(),
    }),
    handler: ({ ctx, query }) => listActivities(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/activities',
    summary: 'Skapa aktivitet (tilldela enheter med assignedOrganisationIds)',
    tag,
    body: ActivityInput,
    status: 201,
    handler: ({ ctx, body }) => createActivity(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/activities/:id',
    summary: 'Hämta aktivitet',
    tag,
    handler: ({ ctx, params }) => getActivity(ctx, params.id!),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/activities/:id',
    summary: 'Ändra aktivitet',
    tag,
    body: ActivityPatch,
    handler: ({ ctx, params, body }) => updateActivity(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/activities/:id',
    summary: 'Ta bort aktivitet',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteActivity(ctx, params.id!, query.version),
  });
}
