import { endpoint } from '../endpoint.ts';
import {
  DemoRemovalConfirm,
  DemoRemovalResult,
  LogoSaved,
  Municipality,
  MunicipalitySetup,
} from '../schemas/municipality.ts';

const tag = 'Kommun';

export const municipalityEndpoints = {
  getMunicipality: endpoint({
    method: 'get',
    path: '/api/v1/municipality',
    summary: 'Kommunen: namn, logotyp, om demodata finns och planeringsår',
    tag,
    response: Municipality,
  }),
  setUpMunicipality: endpoint({
    method: 'post',
    path: '/api/v1/municipality',
    summary: 'Lägg upp den egna kommunen och dess första planeringsår (första start)',
    tag,
    body: MunicipalitySetup,
    status: 201,
    response: Municipality,
  }),
  setLogo: endpoint({
    method: 'put',
    path: '/api/v1/municipality/logo',
    summary: 'Ladda upp brevhuvudets logotyp (PNG eller SVG, högst 2 MB) som formulärfältet logo (multipart)',
    tag,
    response: LogoSaved,
  }),
  getLogo: endpoint({
    method: 'get',
    path: '/api/v1/municipality/logo',
    summary: 'Brevhuvudets logotyp (PNG eller SVG)',
    tag,
    produces: 'image/png',
  }),
  removeDemoData: endpoint({
    method: 'post',
    path: '/api/v1/municipality/remove-demo',
    summary: 'Börja med egen kommun: ta bort demokommunens data (och bara den)',
    tag,
    body: DemoRemovalConfirm,
    response: DemoRemovalResult,
  }),
};
