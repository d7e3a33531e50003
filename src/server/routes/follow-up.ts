import type { Context } from 'hono';
import { AppError } from '../../domain/errors.ts';
import { writeActivityStatus, writeAssessment } from '../../services/assessment.ts';
import { getBoardReview } from '../../services/board-review.ts';
import { getDashboard } from '../../services/dashboard.ts';
import { ensurePeriods, listPeriods, updatePeriod } from '../../services/follow-up-period.ts';
import { ensureReport, findReport } from '../../services/follow-up-report.ts';
import { buildFollowUpTree } from '../../services/follow-up-tree.ts';
import { getThreshold, setThreshold, writeForecast } from '../../services/forecast.ts';
import { listOutcomeHistory, writeOutcome } from '../../services/outcome.ts';
import { exportOutcomes } from '../../services/outcome-export.ts';
import { importOutcomes } from '../../services/outcome-import.ts';
import { getRollup } from '../../services/rollup.ts';
import { followUpEndpoints as e } from '../../shared/endpoints/follow-up.ts';
import { type Api, route } from '../api.ts';

const MEDIA = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Follow-up: periods, reports, outcomes, assessments, activity status, forecasts, roll-up, review, dashboard. */
export function followUpRoutes(api: Api) {
  route(api, e.listFollowUpPeriods, ({ ctx, query }) => listPeriods(ctx, query.year));
  route(api, e.ensureFollowUpPeriods, ({ ctx, body }) => ensurePeriods(ctx, body.year));
  route(api, e.updateFollowUpPeriod, ({ ctx, params, body }) => updatePeriod(ctx, params.id, body));
  route(
    api,
    e.findFollowUpReport,
    async ({ ctx, query }) => (await findReport(ctx, query.organisationId, query.year, query.period)) ?? null,
  );
  route(api, e.ensureFollowUpReport, ({ ctx, body }) => ensureReport(ctx, body));
  route(api, e.getFollowUpTree, ({ ctx, params }) => buildFollowUpTree(ctx, params.id));
  route(api, e.writeAssessment, ({ ctx, params, body }) => writeAssessment(ctx, params.id, body));
  route(api, e.writeActivityStatus, ({ ctx, params, body }) => writeActivityStatus(ctx, params.id, body));
  route(api, e.writeForecast, ({ ctx, params, body }) => writeForecast(ctx, params.id, body));
  route(api, e.writeOutcome, ({ ctx, body }) => writeOutcome(ctx, body));
  route(api, e.listOutcomeHistory, ({ ctx, query }) => listOutcomeHistory(ctx, query));
  route(api, e.exportOutcomes, async ({ ctx, query }) => {
    const { bytes } = await exportOutcomes(ctx, query);
    const name = `utfall-${query.year}${query.period ? `-${query.period}` : ''}.${query.format}`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': MEDIA[query.format],
        'content-length': String(bytes.byteLength),
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  });
  route(api, e.importOutcomes, async ({ ctx, query, c }) =>
    importOutcomes(ctx, await readUpload(c), { dryRun: query.dryRun, year: query.year }),
  );
  route(api, e.getRollup, ({ ctx, query }) => getRollup(ctx, query));
  route(api, e.getBoardReview, ({ ctx, query }) => getBoardReview(ctx, query));
  route(api, e.getDashboard, ({ ctx, query }) => getDashboard(ctx, query));
  route(api, e.getDeviationThreshold, ({ ctx, params }) => getThreshold(ctx, params.id));
  route(api, e.setDeviationThreshold, ({ ctx, params, body }) => setThreshold(ctx, params.id, body));
}

/** The file as multipart/form-data (the upload page; curl -F fil=@utfall.csv). */
async function readUpload(c: Context): Promise<Uint8Array> {
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new AppError('INVALID', 'Uppladdningen kunde inte läsas. Välj filen på nytt och försök igen.');
  });
  const file = Object.values(form)
    .flat()
    .find((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
  if (!file) throw new AppError('INVALID', 'Välj en fil (.csv eller .xlsx) att läsa in.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0)
    throw new AppError('INVALID', 'Filen är tom. Välj en CSV- eller XLSX-fil med utfall.');
  return bytes;
}
