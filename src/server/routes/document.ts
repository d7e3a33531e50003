import { buildFollowUpReport } from '../../documents/build-follow-up-report.ts';
import { buildPlanReport } from '../../documents/build-plan-report.ts';
import { documentFileName } from '../../documents/file-name.ts';
import type { PlanReport } from '../../documents/plan-report.ts';
import { renderDocxAsync, renderPdfAsync } from '../../documents/render-async.ts';
import { renderHtml } from '../../documents/render-html.ts';
import { getPlan } from '../../services/plan.ts';
import { documentEndpoints, MEDIA_TYPES } from '../../shared/endpoints/document.ts';
import { type Api, route } from '../api.ts';

/** GET /api/v1/plans/:id/document.pdf|docx|html and /api/v1/reports/:id/document.…: plans and follow-up reports. */
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
    return htmlDocument(await buildPlanReport(ctx.db, params.id), query.fragment);
  });
  // Follow-up reports (T1, T2, VB) come out of the same document model and renderers as the plans.
  route(api, documentEndpoints.getReportPdf, async ({ ctx, params }) => {
    await getPlan(ctx, params.id);
    const report = await buildFollowUpReport(ctx.db, params.id);
    return download(await renderPdfAsync(report), MEDIA_TYPES.pdf, documentFileName(report, 'pdf'));
  });
  route(api, documentEndpoints.getReportDocx, async ({ ctx, params }) => {
    await getPlan(ctx, params.id);
    const report = await buildFollowUpReport(ctx.db, params.id);
    return download(await renderDocxAsync(report), MEDIA_TYPES.docx, documentFileName(report, 'docx'));
  });
  route(api, documentEndpoints.getReportHtml, async ({ ctx, params, query }) => {
    await getPlan(ctx, params.id);
    return htmlDocument(await buildFollowUpReport(ctx.db, params.id), query.fragment);
  });
}

function htmlDocument(report: PlanReport, fragment: boolean): Response {
  return new Response(renderHtml(report, { fragment }), {
    headers: {
      'content-type': MEDIA_TYPES.html,
      'cache-control': 'no-store',
      // The document carries no scripts or external resources; say so, in case sanitizing ever slips.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
    },
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
