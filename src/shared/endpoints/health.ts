import { endpoint } from '../endpoint.ts';
import { Health } from '../schemas/common.ts';

export const healthEndpoints = {
  getHealth: endpoint({
    method: 'get',
    path: '/api/v1/health',
    summary: 'Hälsokontroll',
    tag: 'Drift',
    response: Health,
  }),
};
