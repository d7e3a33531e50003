import { endpoint } from '../endpoint.ts';
import { RolloverInput, RolloverReport } from '../schemas/year-rollover.ts';

export const yearRolloverEndpoints = {
  rolloverYear: endpoint({
    method: 'post',
    path: '/api/v1/years/rollover',
    summary: 'Nytt planeringsår från det förra (dryRun: visa vad som förs över utan att spara)',
    tag: 'År',
    body: RolloverInput,
    response: RolloverReport,
  }),
};
