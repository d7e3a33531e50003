// Refuses plans that would import as a fragment: no year, no goals, a document that stops before its
// economy and Övrigt sections, or table rows without their header row. The message says what to fix;
// nothing of the file is written.
import { ImportInputError } from './import-input-error.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';

const MAX_GOALS = 2000;
const MAX_ROWS = 10_000;

function size(goals: ParsedGoal[]): { goals: number; rows: number } {
  let result = { goals: 0, rows: 0 };
  for (const g of goals) {
    const inner = size(g.children);
    result = {
      goals: result.goals + 1 + inner.goals,
      rows: result.rows + g.indicators.length + g.activities.length + inner.rows,
    };
  }
  return result;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Activity rows read as indicators: their table lost its "Aktivitet" header row. */
function datedIndicatorLine(goals: ParsedGoal[]): number | null {
  for (const g of goals) {
    const hit = g.indicators.find(
      (i) => ISO_DATE.test(i.targetText ?? '') && ISO_DATE.test(i.councilTargetText ?? '') && !i.periodicity,
    );
    if (hit) return hit.line;
    const inner = datedIndicatorLine(g.children);
    if (inner !== null) return inner;
  }
  return null;
}

function nameOf(plan: ParsedPlan): string {
  const name = plan.front.unit ?? plan.front.title;
  return name ? `Planen "${name}"` : `Planen på rad ${plan.startLine}`;
}

export function checkImportable(plan: ParsedPlan, year?: number): void {
  const name = nameOf(plan);
  const details = { line: plan.startLine };
  if ((year ?? plan.front.year) == null) {
    throw new ImportInputError(
      `${name}: året kunde inte utläsas. Ange året (till exempel --year 2025) och försök igen.`,
      details,
    );
  }
  const counted = size(plan.goals);
  if (counted.goals === 0) {
    throw new ImportInputError(
      `${name} innehåller inga mål (rad ${plan.startLine}–${plan.endLine}). Dokumentet verkar vara avkortat; kontrollera att hela planen kom med.`,
      details,
    );
  }
  if (
    plan.economy.heading === null &&
    plan.economy.budgetHeadings.length === 0 &&
    plan.otherHeading === null
  ) {
    throw new ImportInputError(
      `${name} verkar vara avkortad: den slutar på rad ${plan.endLine} utan avsnitten "Redovisning av ekonomi" och "Övrigt". Kontrollera att hela dokumentet kom med och försök igen.`,
      details,
    );
  }
  // Layout tables before the goal chain (a Word letterhead) are front matter, not data tables.
  const firstGoal = plan.goals[0]?.line ?? plan.endLine;
  const headless =
    plan.unplaced.find((u) => u.text.includes('\t') && u.line >= firstGoal)?.line ??
    datedIndicatorLine(plan.goals);
  if (headless !== undefined && headless !== null) {
    throw new ImportInputError(
      `${name} har en tabell utan rubrikrad på rad ${headless}. Lägg till rubrikraden (Indikator, Årsmål, KF:s årsmål, Periodicitet eller Aktivitet, Startdatum, Slutdatum) och försök igen.`,
      { line: headless },
    );
  }
  if (counted.goals > MAX_GOALS || counted.rows > MAX_ROWS) {
    throw new ImportInputError(
      `${name} är för stor för en import (${counted.goals} mål, ${counted.rows} tabellrader). Dela upp dokumentet per enhet.`,
      details,
    );
  }
}
