import { buildPlanReport } from '../../documents/build-plan-report.ts';
import { documentFileName } from '../../documents/file-name.ts';
import { renderDocxAsync, renderPdfAsync } from '../../documents/render-async.ts';
import { renderHtml } from '../../documents/render-html.ts';
import { getPlan } from '../../services/plan.ts';
import { documentEndpoints, MEDIA_TYPES } from '../../shared/endpoints/document.ts';
import { type Api, route } from '../api.ts';

/** GET /api/v1/plans/:id/document.pdf|docx|html: the plan as the board decides it. */
export function documentRoutes(api: Api) {
  route(api, documentEndpoints.getPlanPdf, async ({ ctx, params }) => {
    await getPlan(ctx, params.id);
    const report = await buildPlanReport(ctx.db, params.id);
    const pdf = await renderPdfAsync(report);
    return download(pdf, MEDIA_TYPES.pdf, documentFileName(report, 'pdf'));
  });
  route(api, documentEndpoints.getPlanDocx, async ({ ctx, params }) => {
    await getPlan(ctx, params.id);
    const report = await buildPlanReport(ctx.db, params.id);
    return download(await renderDocxAsync(report), MEDIA_TYPES.docx, documentFileName(report, 'docx'));
  });
  route(api, documentEndpoints.getPlanHtml, async ({ ctx, params, query }) => {
    await getPlan(ctx, params.id);
    const report = await buildPlanReport(ctx.db, params.id);
    return new Response(renderHtml(report, { fragment: query.fragment }), {
      headers: {
        'content-type': MEDIA_TYPES.html,
        'cache-control': 'no-store',
        // The document carries no scripts or external resources; say so, in case sanitizing ever slips.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

export function download(bytes: Uint8Array, type: string, fileName: string, cache = 'no-store'): Response {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': type,
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': cache,
    },
  });
}
