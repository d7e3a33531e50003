import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildFollowUpReport } from '../documents/build-follow-up-report.ts';
import { buildPlanReport } from '../documents/build-plan-report.ts';
import {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  type RenderAllProgress,
  renderAllPlans,
  renderReport,
} from '../documents/render-all.ts';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import { REPORT_PERIODS, type ReportPeriod } from '../shared/vocabulary.ts';

export const RENDER_HELP = `  render --plan ID --format pdf|docx|html --out FIL
  render --year ÅR --all --format pdf|docx|html --out MAPP
  render --year ÅR --period T1|T2|VB --all --format pdf|docx|html --out MAPP
  render --report ID --format pdf|docx|html --out FIL
                                 skriv ut en plan, alla planer för ett år, eller periodens
                                 tertialrapporter/verksamhetsberättelser, som dokument`;

/** `malkedja render`: one plan to a file, or every plan of a year to a folder with a progress bar. */
export async function runRender(args: string[], ctx: Ctx, stderr: NodeJS.WriteStream = process.stderr) {
  const { values } = parseArgs({
    args,
    options: {
      plan: { type: 'string' },
      report: { type: 'string' },
      period: { type: 'string' },
      year: { type: 'string' },
      all: { type: 'boolean', default: false },
      format: { type: 'string', default: 'pdf' },
      out: { type: 'string' },
    },
  });
  const format = values.format as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    throw new AppError('INVALID', `Okänt format "${values.format}". Välj pdf, docx eller html.`);
  if (!values.out) throw new AppError('INVALID', 'Ange var dokumentet ska sparas med --out.');
  const period = values.period?.toUpperCase() as ReportPeriod | undefined;
  if (period !== undefined && !REPORT_PERIODS.includes(period))
    throw new AppError('INVALID', `Okänd period "${values.period}". Välj T1, T2 eller VB.`);
  if (values.all) {
    const year = Number(values.year);
    if (!Number.isInteger(year))
      throw new AppError('INVALID', 'Ange året med --year, till exempel --year 2025 --all.');
    const bar = progressBar(stderr);
    const files = await renderAllPlans(ctx.db, { year, period, format, outDir: values.out, onProgress: bar });
    const what = period ? `${period}-rapporter` : 'planer';
    stderr.write(`${files.length} ${what} för ${year} sparade i ${values.out}.\n`);
    return;
  }
  if (values.report) {
    const report = await buildFollowUpReport(ctx.db, values.report);
    await writeFile(values.out, await renderReport(report, format));
    stderr.write(`${report.meta.title} sparad som ${values.out}.\n`);
    return;
  }
  if (!values.plan)
    throw new AppError(
      'INVALID',
      'Ange planen med --plan ID, rapporten med --report ID, eller --year ÅR [--period T1|T2|VB] --all för alla.',
    );
  const report = await buildPlanReport(ctx.db, values.plan);
  await writeFile(values.out, await renderReport(report, format));
  stderr.write(`${report.meta.title} sparad som ${values.out}.\n`);
}

/** A bar that redraws itself on a terminal, and one plain line per document in a log. */
export function progressBar(stream: NodeJS.WriteStream) {
  const tty = Boolean(stream.isTTY);
  return ({ done, total, file }: RenderAllProgress) => {
    if (!tty) {
      stream.write(`${done}/${total} ${file}\n`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const name = file.length > 40 ? `${file.slice(0, 39)}…` : file;
    stream.write(`\r\x1b[2K${bar} ${done}/${total} ${name}`);
    if (done === total) stream.write('\n');
  };
}
