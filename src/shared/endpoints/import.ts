import { endpoint } from '../endpoint.ts';
import { ImportQuery, ImportResult } from '../schemas/import.ts';

export const importEndpoints = {
  /** The files come as multipart (.docx/.txt) or JSON { name, text } / { files }; the handler reads them. */
  importPlans: endpoint({
    method: 'post',
    path: '/api/v1/imports',
    summary:
      'Importera verksamhetsplaner (multipart-filer .docx/.txt eller JSON { name, text }); ?dryRun=1 förhandsgranskar utan att spara',
    tag: 'Import',
    query: ImportQuery,
    response: ImportResult,
  }),
};
