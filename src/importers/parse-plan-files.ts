// Parsing and checking plan files before anything is written: pure (no database), so it can run on
// the parse worker thread without loading the database layer there.
import { AppError } from '../domain/errors.ts';
import { checkImportable } from './check-importable.ts';
import { ImportInputError } from './import-input-error.ts';
import { type ImportJson, toImportJson } from './import-json.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { ParsedPlan } from './parsed-plan.ts';

export interface PlanFile {
  name: string;
  text: string;
}

export interface ParsedFile {
  name: string;
  plans: ParsedPlan[];
  json: ImportJson;
  offset: number;
}

/** Parses and checks every file; throws ImportInputError naming the file when one cannot be imported. */
export function parsePlanFiles(files: PlanFile[], year?: number): ParsedFile[] {
  let offset = 0;
  return files.map((file) => {
    const result = parsePlanText(file.text);
    if (result.plans.length === 0) {
      throw new ImportInputError(
        `Ingen verksamhetsplan hittades i "${file.name}". Kontrollera att filen är en verksamhetsplan.`,
        { name: file.name },
      );
    }
    for (const plan of result.plans) {
      try {
        checkImportable(plan, year);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        throw new ImportInputError(`${file.name}: ${error.message}`, { name: file.name, ...error.details });
      }
    }
    const parsed = { name: file.name, plans: result.plans, json: toImportJson(result), offset };
    offset += result.plans.length;
    return parsed;
  });
}
