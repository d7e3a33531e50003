import { z } from 'zod';
import { endpoint } from '../endpoint.ts';

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
} as const;

const HtmlQuery = z.object({
  fragment: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

/** Plans and follow-up reports as the board decides them; the web links to these addresses directly. */
export const documentEndpoints = {
  getPlanPdf: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/document.pdf',
    summary: 'Planen som PDF/UA-1 (A4, kommunens mall, taggad med bokmärken)',
    tag: 'Dokument',
    produces: MEDIA_TYPES.pdf,
  }),
  getPlanDocx: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/document.docx',
    summary: 'Planen som Word-dokument (DOCX)',
    tag: 'Dokument',
    produces: MEDIA_TYPES.docx,
  }),
  getPlanHtml: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/document.html',
    summary: 'Planen som HTML; ?fragment=1 ger bara dokumentets innehåll för förhandsvisningen',
    tag: 'Dokument',
    query: HtmlQuery,
    produces: MEDIA_TYPES.html,
  }),
  getReportPdf: endpoint({
    method: 'get',
    path: '/api/v1/reports/:id/document.pdf',
    summary: 'Tertialrapporten (T1, T2) eller verksamhetsberättelsen som PDF/UA-1 i kommunens mall',
    tag: 'Dokument',
    produces: MEDIA_TYPES.pdf,
  }),
  getReportDocx: endpoint({
    method: 'get',
    path: '/api/v1/reports/:id/document.docx',
    summary: 'Tertialrapporten eller verksamhetsberättelsen som Word-dokument (DOCX)',
    tag: 'Dokument',
    produces: MEDIA_TYPES.docx,
  }),
  getReportHtml: endpoint({
    method: 'get',
    path: '/api/v1/reports/:id/document.html',
    summary: 'Tertialrapporten eller verksamhetsberättelsen som HTML; ?fragment=1 för förhandsvisningen',
    tag: 'Dokument',
    query: HtmlQuery,
    produces: MEDIA_TYPES.html,
  }),
};
