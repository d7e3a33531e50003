import { z } from 'zod';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  reorderOrganisations,
  updateOrganisation,
} from '../../services/organisation.ts';
import { Reorder } from '../../shared/schemas/common.ts';
import { OrganisationInput, OrganisationPatch } from '../../shared/schemas/organisation.ts';
import { type Api, route } from '../api.ts';
import { VersionQuery } from './common.ts';

export function organisationRoutes(api: Api) {
  const tag = 'Organisation';
  route(api, {
    method: 'get',
    path: '/api/v1/organisations',
    summary: 'Organisationsträdet (filtrera på år för årets giltiga organisationer)',
    tag,
    query: z.object({ year: z.coerce.number().int().optional() }),
    handler: ({ ctx, query }) => listOrganisations(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/organisations',
    summary: 'Skapa organisation',
    tag,
    body: OrganisationInput,
    status: 201,
    handler: ({ ctx, body }) => createOrganisation(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/organisations/:id',
    summary: 'Hämta organisation',
    tag,
    handler: ({ ctx, params }) => getOrganisation(ctx, params.id!),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/organisations/:id',
    summary: 'Ändra organisation',
    tag,
    body: OrganisationPatch,
    handler: ({ ctx, params, body }) => updateOrganisation(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/organisations/:id',
    summary: 'Ta bort organisation',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteOrganisation(ctx, params.id!, query.version),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/organisations/:id/reorder-children',
    summary: 'Ändra ordning på underliggande organisationer',
    tag,
    body: Reorder,
    status: 204,
    handler: ({ ctx, params, body }) => reorderOrganisations(ctx, params.id!, body.ids),
  });
}
