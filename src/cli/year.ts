import { parseArgs } from 'node:util';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import { rolloverYear } from '../services/year-rollover.ts';

export const YEAR_HELP = `  year rollover --from ÅR --to ÅR [--dry-run] [--json]
                                 nytt planeringsår från det förra: mål, placeringar och planer som utkast`;

export async function runYear(args: string[], ctx: Ctx): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'rollover')
    throw new AppError('INVALID', 'Okänt underkommando. Använd: malkedja year rollover --from ÅR --to ÅR.');
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const from = Number(values.from);
  const to = values.to === undefined ? from + 1 : Number(values.to);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new AppError('INVALID', 'Ange åren med --from och --to, till exempel --from 2025 --to 2026.');
  const report = await rolloverYear(ctx, { from, to, dryRun: values['dry-run'] });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const verb = report.dryRun ? 'Skulle föra över' : 'Förde över';
  console.log(
    `${verb} ${report.goals} mål, ${report.placements} indikatorplaceringar och ${report.plans} planer (${report.sections} avsnitt, ${report.budgetRows} budgetrader) från ${from} till ${to}.`,
  );
  for (const s of report.skipped)
    console.log(`  Ej överfört (${s.kind === 'goal' ? 'mål' : 'plan'}): ${s.title} – ${s.reason}`);
  if (report.dryRun) console.log('Inget har sparats (--dry-run).');
}
