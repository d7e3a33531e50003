import { documentFileName } from '../../documents/file-name.ts';
import { buildOpenData, getPublishedPdf, listPublishedPlans } from '../../services/public-plan.ts';
import { MEDIA_TYPES } from '../../shared/endpoints/document.ts';
import { publicEndpoints as e } from '../../shared/endpoints/public.ts';
import { type Api, route } from '../api.ts';
import { download } from './document.ts';

/** /api/v1/public/…: published plans and open data, readable without signing in. */
export function publicRoutes(api: Api) {
  route(api, e.listPublishedPlans, ({ ctx, query }) => listPublishedPlans(ctx, query.year));
  route(api, e.getPublishedPdf, async ({ ctx, params }) => {
    const { pdf, report } = await getPublishedPdf(ctx, params.id);
    return download(pdf, MEDIA_TYPES.pdf, documentFileName(report, 'pdf'), 'public, max-age=3600');
  });
  route(api, e.getOpenData, ({ ctx, query }) => buildOpenData(ctx, query.year));
}
