import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../domain/errors.ts';
import { FOLLOW_UP_PERIOD_PATTERN } from '../domain/vocabulary.ts';
import type { Ctx } from '../services/context.ts';
import { exportOutcomes } from '../services/outcome-export.ts';
import { importOutcomes } from '../services/outcome-import.ts';
import type { OutcomeImportReport } from '../shared/schemas/follow-up-views.ts';

export const OUTCOMES_HELP = `  outcomes export --year ÅR [--period T1|T2|VB|ÅÅÅÅ-MM] [--format csv|xlsx] --out FIL
                                 utfallen som fil (CSV med semikolon och decimalkomma, eller XLSX)
  outcomes import FIL [--year ÅR] [--dry-run] [--json]
                                 läs in utfall från CSV/XLSX; fel på någon rad = inget sparas
                                 (--year för T1/T2/VB-rader; annars året i filens månader, annars i år)`;

const yearOf = (text: string | undefined) => {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('INVALID', 'Ange året med --year, till exempel --year 2025.');
  return year;
};

/** Returns the process exit code: 1 when the file had errors (nothing was written). */
export async function runOutcomes(args: string[], ctx: Ctx): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'export') {
    const { values } = parseArgs({
      args: rest,
      options: {
        year: { type: 'string' },
        period: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const year = yearOf(values.year);
    const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    if (format !== 'csv' && format !== 'xlsx')
      throw new AppError('INVALID', `Okänt format "${format}". Använd --format csv eller --format xlsx.`);
    const period = values.period?.toUpperCase();
    if (period !== undefined && !FOLLOW_UP_PERIOD_PATTERN.test(period))
      throw new AppError(
        'INVALID',
        `Okänd period "${values.period}". Ange T1, T2, VB eller en månad ÅÅÅÅ-MM.`,
      );
    if (!values.out)
      throw new AppError('INVALID', 'Ange filen att skriva med --out, till exempel --out utfall.csv.');
    const { bytes, rows } = await exportOutcomes(ctx, { year, period, format });
    writeFileSync(values.out, bytes);
    console.error(`Skrev ${rows} utfall till ${values.out}.`);
    return 0;
  }
  if (sub === 'import') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { year: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file) throw new AppError('INVALID', 'Ange filen som ska läsas in: malkedja outcomes import FIL.');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new AppError('INVALID', `Filen ${file} kunde inte läsas. Kontrollera sökvägen.`);
    }
    const year = values.year === undefined ? undefined : yearOf(values.year);
    const report = await importOutcomes(ctx, bytes, { dryRun: values['dry-run'], year });
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report, !!values['dry-run']);
    return report.errors.length > 0 ? 1 : 0;
  }
  throw new AppError(
    'INVALID',
    'Okänt underkommando. Använd malkedja outcomes export --year ÅR --out FIL eller outcomes import FIL.',
  );
}

function printReport(report: OutcomeImportReport, dryRun: boolean) {
  console.log(
    `${report.rows} rader: ${report.created} nya, ${report.changed} ändrade, ${report.unchanged} oförändrade.`,
  );
  if (report.errors.length > 0) {
    console.log(`${report.errors.length} fel – inget har sparats:`);
    for (const e of report.errors) console.log(`  Rad ${e.row}, ${e.column}: ${e.message}`);
  } else if (dryRun) console.log('Inget har sparats (--dry-run).');
}
