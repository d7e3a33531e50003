import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { ActivityInput, ActivityPatch, ActivityRecord } from '../schemas/activity.ts';
import { Id, VersionQuery, YearQuery } from '../schemas/common.ts';

export const activityEndpoints = {
  listActivities: endpoint({
    method: 'get',
    path: '/api/v1/activities',
    summary: 'Lista aktiviteter',
    tag: 'Aktivitet',
    query: z.object({
      year: YearQuery.optional(),
      goalId: Id.optional(),
      ownerOrganisationId: Id.optional(),
      assignedTo: Id.optional(),
      visibleTo: Id.optional(),
    }),
    response: z.array(ActivityRecord),
  }),
  createActivity: endpoint({
    method: 'post',
    path: '/api/v1/activities',
    summary: 'Skapa aktivitet (tilldela enheter med assignedOrganisationIds)',
    tag: 'Aktivitet',
    body: ActivityInput,
    status: 201,
    response: ActivityRecord,
  }),
  getActivity: endpoint({
    method: 'get',
    path: '/api/v1/activities/:id',
    summary: 'Hämta aktivitet',
    tag: 'Aktivitet',
    response: ActivityRecord,
  }),
  updateActivity: endpoint({
    method: 'patch',
    path: '/api/v1/activities/:id',
    summary: 'Ändra aktivitet',
    tag: 'Aktivitet',
    body: ActivityPatch,
    response: ActivityRecord,
  }),
  deleteActivity: endpoint({
    method: 'delete',
    path: '/api/v1/activities/:id',
    summary: 'Ta bort aktivitet',
    tag: 'Aktivitet',
    query: VersionQuery,
    status: 204,
  }),
};
