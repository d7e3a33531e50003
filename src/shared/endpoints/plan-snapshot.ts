import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { PlanSnapshot } from '../schemas/plan-comment.ts';
import { MEDIA_TYPES } from './document.ts';

const tag = 'Beslutade dokument';
const file = <const P extends string, const S extends string, const M extends string>(
  path: P,
  summary: S,
  produces: M,
) => endpoint({ method: 'get', path, summary, tag, produces });

/** Decided versions of a plan: frozen when the board decided, served read-only, never changed. */
export const planSnapshotEndpoints = {
  listPlanSnapshots: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/snapshots',
    summary: 'Planens beslutade versioner (nyast först) med beslutsdatum, organ, paragraf och dnr',
    tag,
    response: z.array(PlanSnapshot),
  }),
  getSnapshotPdf: file(
    '/api/v1/snapshots/:id/document.pdf',
    'Det beslutade dokumentet som PDF/UA-1, exakt som det frystes',
    MEDIA_TYPES.pdf,
  ),
  getSnapshotDocx: file(
    '/api/v1/snapshots/:id/document.docx',
    'Det beslutade dokumentet som DOCX, exakt som det frystes',
    MEDIA_TYPES.docx,
  ),
  getSnapshotArchive: file(
    '/api/v1/snapshots/:id/archive.pdf',
    'Arkivexemplaret som PDF/A-2a (för e-arkivet)',
    MEDIA_TYPES.pdf,
  ),
  getSnapshotReport: file(
    '/api/v1/snapshots/:id/report.json',
    'Dokumentmodellen (JSON) som beslutades, byte för byte',
    'application/json',
  ),
};
