import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import {
  exportOrganisationRegister,
  importOrganisationRegister,
  type RegisterReport,
} from '../services/organisation-register.ts';

export const ORGANISATIONS_HELP = `  organisations export --format csv|xlsx --out FIL
                                 organisationsregistret som fil (CSV för Excel eller XLSX)
  organisations import FIL [--dry-run] [--json]
                                 läs in registret från CSV/XLSX; fel på någon rad = inget sparas`;

/** Returns the process exit code: 1 when the file had errors (nothing was written). */
export async function runOrganisations(args: string[], ctx: Ctx): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'export') {
    const { values } = parseArgs({
      args: rest,
      options: { format: { type: 'string' }, out: { type: 'string' } },
    });
    const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    if (format !== 'csv' && format !== 'xlsx')
      throw new AppError('INVALID', `Okänt format "${format}". Använd --format csv eller --format xlsx.`);
    if (!values.out)
      throw new AppError('INVALID', 'Ange filen att skriva med --out, till exempel --out register.csv.');
    const bytes = await exportOrganisationRegister(ctx, format);
    writeFileSync(values.out, bytes);
    console.error(`Skrev organisationsregistret till ${values.out}.`);
    return 0;
  }
  if (sub === 'import') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file)
      throw new AppError('INVALID', 'Ange filen som ska läsas in: malkedja organisations import FIL.');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new AppError('INVALID', `Filen ${file} kunde inte läsas. Kontrollera sökvägen.`);
    }
    const report = await importOrganisationRegister(ctx, bytes, { dryRun: values['dry-run'] });
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report, !!values['dry-run']);
    return report.errors.length > 0 ? 1 : 0;
  }
  throw new AppError(
    'INVALID',
    'Okänt underkommando. Använd malkedja organisations export --format csv --out FIL eller organisations import FIL.',
  );
}

function printReport(report: RegisterReport, dryRun: boolean) {
  console.log(
    `${report.rows} rader: ${report.created} nya, ${report.changed} ändrade, ${report.unchanged} oförändrade.`,
  );
  if (report.errors.length > 0) {
    console.log(`${report.errors.length} fel – inget har sparats:`);
    for (const e of report.errors)
      console.log(`  Rad ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  } else if (dryRun) console.log('Inget har sparats (--dry-run).');
}
