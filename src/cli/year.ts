import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import { rolloverYear } from '../services/year-rollover.ts';
import { parseWith } from '../shared/parse.ts';
import { RolloverGoalChoice } from '../shared/schemas/year-rollover.ts';

export const YEAR_HELP = `  year rollover --from ÅR --to ÅR [--goals FIL] [--dry-run] [--json]
                                 nytt planeringsår från det förra: mål, placeringar och planer som utkast,
                                 årsmål som förslag; FIL = JSON [{ "goalId", "action": "keep|change|drop", "title" }]`;

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
      goals: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const from = Number(values.from);
  const to = values.to === undefined ? from + 1 : Number(values.to);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new AppError('INVALID', 'Ange åren med --from och --to, till exempel --from 2025 --to 2026.');
  const goals = values.goals ? readChoices(values.goals) : undefined;
  const report = await rolloverYear(ctx, { from, to, dryRun: values['dry-run'], goals });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const verb = report.dryRun ? 'Skulle föra över' : 'Förde över';
  console.log(
    `${verb} ${report.goals} mål, ${report.placements} indikatorplaceringar, ${report.targets} årsmål (som förslag) och ${report.plans} planer (${report.sections} avsnitt, ${report.budgetRows} budgetrader) från ${from} till ${to}.`,
  );
  if (report.changedGoals || report.droppedGoals)
    console.log(
      `  ${report.changedGoals} mål med ny lydelse, ${report.droppedGoals} mål lämnade kvar i ${from}.`,
    );
  for (const s of report.skipped)
    console.log(`  Ej överfört (${s.kind === 'goal' ? 'mål' : 'plan'}): ${s.title} – ${s.reason}`);
  if (report.dryRun) console.log('Inget har sparats (--dry-run).');
}

/** The goal choices as a JSON file: [{ "goalId": "…", "action": "keep" | "change" | "drop", "title": "…" }]. */
function readChoices(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('INVALID', `Kunde inte läsa ${file} som JSON: ${(error as Error).message}`);
  }
  return parseWith(z.array(RolloverGoalChoice), raw, 'body');
}
