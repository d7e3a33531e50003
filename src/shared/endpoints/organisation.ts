import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Reorder, VersionQuery } from '../schemas/common.ts';
import {
  OrganisationInput,
  OrganisationPatch,
  OrganisationRecord,
  RegisterExportQuery,
  RegisterImportQuery,
  RegisterReport,
} from '../schemas/organisation.ts';

export const organisationEndpoints = {
  /** Declared before getOrganisation so /organisations/export is not read as an id. */
  exportOrganisations: endpoint({
    method: 'get',
    path: '/api/v1/organisations/export',
    summary: 'Organisationsregistret som fil: ?format=csv (Excel, semikolon, UTF-8 med BOM) eller xlsx',
    tag: 'Organisation',
    query: RegisterExportQuery,
    produces: 'text/csv; charset=utf-8',
  }),
  importOrganisations: endpoint({
    method: 'post',
    path: '/api/v1/organisations/import',
    summary:
      'Läs in organisationsregistret (multipart-fält file med CSV/XLSX, eller JSON { text } med CSV); ?dryRun=1 kontrollerar utan att spara. Fel på någon rad: 400 med rapporten i details.report, inget sparas.',
    tag: 'Organisation',
    query: RegisterImportQuery,
    response: RegisterReport,
  }),
  listOrganisations: endpoint({
    method: 'get',
    path: '/api/v1/organisations',
    summary: 'Organisationsträdet (filtrera på år för årets giltiga organisationer)',
    tag: 'Organisation',
    query: z.object({ year: z.coerce.number().int().optional() }),
    response: z.array(OrganisationRecord),
  }),
  createOrganisation: endpoint({
    method: 'post',
    path: '/api/v1/organisations',
    summary: 'Skapa organisation',
    tag: 'Organisation',
    body: OrganisationInput,
    status: 201,
    response: OrganisationRecord,
  }),
  getOrganisation: endpoint({
    method: 'get',
    path: '/api/v1/organisations/:id',
    summary: 'Hämta organisation',
    tag: 'Organisation',
    response: OrganisationRecord,
  }),
  updateOrganisation: endpoint({
    method: 'patch',
    path: '/api/v1/organisations/:id',
    summary: 'Ändra organisation',
    tag: 'Organisation',
    body: OrganisationPatch,
    response: OrganisationRecord,
  }),
  deleteOrganisation: endpoint({
    method: 'delete',
    path: '/api/v1/organisations/:id',
    summary: 'Ta bort organisation',
    tag: 'Organisation',
    query: VersionQuery,
    status: 204,
  }),
  reorderOrganisations: endpoint({
    method: 'post',
    path: '/api/v1/organisations/:id/reorder-children',
    summary: 'Ändra ordning på underliggande organisationer',
    tag: 'Organisation',
    body: Reorder,
    status: 204,
  }),
};
