import { endpoint } from '../endpoint.ts';
import { SearchQuery, SearchResult } from '../schemas/search.ts';

export const searchEndpoints = {
  search: endpoint({
    method: 'get',
    path: '/api/v1/search',
    summary:
      'Sök mål, indikatorer, aktiviteter och plantext ett år (svensk fulltextsökning: ”brukarna” hittar ”brukare”; "fras", -uteslut)',
    tag: 'Sök',
    query: SearchQuery,
    response: SearchResult,
  }),
};
