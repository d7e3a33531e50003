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

/** The plan as the board decides it; the web links to these addresses directly. */
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
};
