import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  reorderOrganisations,
  updateOrganisation,
} from '../../services/organisation.ts';
import { organisationEndpoints } from '../../shared/endpoints/organisation.ts';
import { type Api, route } from '../api.ts';
import { organisationRegisterRoutes } from './organisation-register.ts';

export function organisationRoutes(api: Api) {
  organisationRegisterRoutes(api);
  route(api, organisationEndpoints.listOrganisations, ({ ctx, query }) => listOrganisations(ctx, query));
  route(api, organisationEndpoints.createOrganisation, ({ ctx, body }) => createOrganisation(ctx, body));
  route(api, organisationEndpoints.getOrganisation, ({ ctx, params }) => getOrganisation(ctx, params.id));
  route(api, organisationEndpoints.updateOrganisation, ({ ctx, params, body }) =>
    updateOrganisation(ctx, params.id, body),
  );
  route(api, organisationEndpoints.deleteOrganisation, ({ ctx, params, query }) =>
    deleteOrganisation(ctx, params.id, query.version),
  );
  route(api, organisationEndpoints.reorderOrganisations, ({ ctx, params, body }) =>
    reorderOrganisations(ctx, params.id, body),
  );
}
