import { AppError } from './errors.ts';
import { GOAL_LEVEL_LABEL, GOAL_LEVELS, type GoalLevel, type OrgKind } from './vocabulary.ts';

/** The level a goal's parent must have; null for the top. */
export function parentLevelOf(level: GoalLevel): GoalLevel | null {
  const index = GOAL_LEVELS.indexOf(level);
  return index <= 0 ? null : GOAL_LEVELS[index - 1]!;
}

/** Which kinds of organisation own goals on each level. */
export function orgKindsFor(level: GoalLevel): OrgKind[] {
  if (level === 'city_direction' || level === 'city_area') return ['city'];
  if (level === 'board') return ['board'];
  return ['unit', 'department', 'team'];
}

export interface GoalRef {
  level: GoalLevel;
  year: number;
  organisationId: string;
}

/**
 * The parent rule: unit goal → board goal of the unit's own board, same year;
 * board goal → council area goal; area goal → direction goal; direction goals have no parent.
 * `boardOfOrg` is the board the goal's organisation belongs to (itself for a board).
 */
export function checkGoalParent(goal: GoalRef, parent: GoalRef | null, boardOfOrg: string | null): void {
  const wanted = parentLevelOf(goal.level);
  if (wanted === null) {
    if (parent)
      throw parentError('KF:s inriktningsmål ligger överst i målkedjan och kan inte ha ett överordnat mål.');
    return;
  }
  if (!parent) {
    throw parentError(
      `Ett ${label(goal.level)} måste ligga under ett ${label(wanted)}. Välj ett överordnat mål.`,
    );
  }
  if (parent.level !== wanted) {
    throw parentError(
      `Ett ${label(goal.level)} kan bara ligga under ett ${label(wanted)}, inte under ett ${label(parent.level)}.`,
    );
  }
  if (parent.year !== goal.year) {
    throw parentError(
      `Det överordnade målet gäller år ${parent.year}, men målet gäller år ${goal.year}. Välj ett mål från samma år.`,
    );
  }
  if (goal.level === 'unit' && parent.organisationId !== boardOfOrg) {
    throw parentError('Ett enhetsmål kan bara ligga under ett nämndmål från enhetens egen nämnd.');
  }
}

function label(level: GoalLevel): string {
  const text = GOAL_LEVEL_LABEL[level];
  return text.startsWith('KF') ? text : text.toLowerCase();
}

function parentError(message: string): AppError {
  return new AppError('INVALID', message, { fields: { parentId: message } });
}

/** "1.4." and " 1.4 " both mean "1.4": numbers are compared and stored without a trailing dot. */
export function normaliseNumber(number: string | null | undefined): string | null {
  if (number == null) return null;
  const trimmed = number.trim().replace(/\.+$/, '');
  return trimmed === '' ? null : trimmed;
}
