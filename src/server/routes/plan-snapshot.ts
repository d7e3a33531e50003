import { documentFileName } from '../../documents/file-name.ts';
import type { PlanReport } from '../../documents/plan-report.ts';
import type { Ctx } from '../../services/context.ts';
import { createPlanComment, listPlanComments } from '../../services/plan-comment.ts';
import { listPlanHistory } from '../../services/plan-history.ts';
import { getSnapshotFile, listPlanSnapshots, type SnapshotFile } from '../../services/plan-snapshot.ts';
import { MEDIA_TYPES } from '../../shared/endpoints/document.ts';
import { planCommentEndpoints } from '../../shared/endpoints/plan-comment.ts';
import { planSnapshotEndpoints as e } from '../../shared/endpoints/plan-snapshot.ts';
import { type Api, route } from '../api.ts';
import { download } from './document.ts';

/** Decided documents (read-only, exactly as frozen) and comments on plans. */
export function planSnapshotRoutes(api: Api) {
  route(api, e.listPlanSnapshots, ({ ctx, params }) => listPlanSnapshots(ctx, params.id));
  const serve =
    (file: SnapshotFile, type: string, ext: 'pdf' | 'docx' | 'json', suffix: string) =>
    async ({ ctx, params }: { ctx: Ctx; params: { id: string } }) => {
      const { bytes } = await getSnapshotFile(ctx, params.id, file);
      const model = await getSnapshotFile(ctx, params.id, 'report');
      const report: PlanReport = JSON.parse(new TextDecoder().decode(model.bytes));
      const name = documentFileName(report, ext === 'json' ? 'pdf' : ext).replace(
        /\.\w+$/,
        `${suffix}.${ext}`,
      );
      // Frozen bytes never change, so a browser may keep them.
      return download(bytes, type, name, 'private, max-age=31536000, immutable');
    };
  route(api, e.getSnapshotPdf, serve('pdf', MEDIA_TYPES.pdf, 'pdf', ' (beslutad)'));
  route(api, e.getSnapshotDocx, serve('docx', MEDIA_TYPES.docx, 'docx', ' (beslutad)'));
  route(api, e.getSnapshotArchive, serve('archivePdf', MEDIA_TYPES.pdf, 'pdf', ' (arkiv PDF-A)'));
  route(api, e.getSnapshotReport, serve('report', 'application/json', 'json', ' (dokumentmodell)'));

  route(api, planCommentEndpoints.listPlanComments, ({ ctx, params }) => listPlanComments(ctx, params.id));
  route(api, planCommentEndpoints.listPlanHistory, ({ ctx, params, query }) =>
    listPlanHistory(ctx, params.id, query),
  );
  route(api, planCommentEndpoints.createPlanComment, ({ ctx, params, body }) =>
    createPlanComment(ctx, params.id, body),
  );
}
