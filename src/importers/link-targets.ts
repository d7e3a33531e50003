// Printed targets → stored target revisions. A new revision is added only when the stored current
// target differs; the council's target (KF:s årsmål) is owned by the city and only filled in when
// missing, so a unit plan's copy can never change it.
import { listCurrentTotalTargets } from '../db/repos/target.ts';
import type { IndicatorRow, TargetRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import { checkTargetFits } from '../domain/target-rules.ts';
import { setTarget } from '../services/target.ts';
import type { TargetKind } from '../shared/vocabulary.ts';
import { tally } from './import-report.ts';
import { fit, type ImportState, quote, warn } from './import-state.ts';
import type { ParsedIndicator, TypedTarget } from './parsed-plan.ts';
import { normaliseText } from './similarity.ts';

interface Wanted {
  kind: TargetKind;
  value: number | null;
  text: string;
}

function toWanted(typed: NonNullable<TypedTarget>): Wanted {
  switch (typed.kind) {
    case 'number':
      return { kind: 'number', value: typed.value, text: '' };
    case 'increase':
    case 'decrease':
      return { kind: typed.kind, value: null, text: '' };
    default:
      return { kind: typed.kind, value: null, text: typed.text };
  }
}

function sameTarget(current: TargetRow, wanted: Wanted): boolean {
  const value = current.value === null ? null : Number(current.value);
  return current.kind === wanted.kind && value === wanted.value && current.text === wanted.text;
}

/** The unit's and the city's current total targets of the year, loaded once per plan. */
async function currentTargets(state: ImportState): Promise<Map<string, TargetRow>> {
  if (state.currentTargets) return state.currentTargets;
  const rows = await listCurrentTotalTargets(state.trx.db, state.year, [state.unit.id, state.city.id]);
  state.currentTargets = new Map(rows.map((t) => [`${t.indicatorId}/${t.organisationId}`, t]));
  return state.currentTargets;
}

export async function applyTarget(
  state: ImportState,
  printed: ParsedIndicator,
  indicator: IndicatorRow,
  organisationId: string,
  typed: NonNullable<TypedTarget>,
  printedText: string,
): Promise<void> {
  const council = organisationId === state.city.id;
  const column = council ? 'KF:s årsmål' : 'Årsmålet';
  const count = state.report.counts.targets;
  const printedFit = fit(state, printedText, LIMITS.shortText, column, printed.line);
  let wanted = toWanted(typed);
  wanted.text = fit(state, wanted.text, LIMITS.shortText, column, printed.line);
  try {
    checkTargetFits(wanted, indicator.valueKind);
  } catch {
    warn(
      state,
      printed.line,
      'target_as_text',
      `${column} ${quote(printedText)} för ${quote(printed.name)} (rad ${printed.line}) passar inte indikatorns värdetyp och har sparats som text.`,
    );
    wanted = { kind: 'text', value: null, text: printedFit };
  }
  const key = `${indicator.id}/${organisationId}`;
  const earlier = state.targetsSet.get(key);
  if (earlier) {
    if (normaliseText(earlier.printed) !== normaliseText(printedText)) {
      warn(
        state,
        printed.line,
        'target_conflict',
        `Indikatorn ${quote(printed.name)} har två olika ${council ? 'KF-årsmål' : 'årsmål'} i planen: ${quote(earlier.printed)} (rad ${earlier.line}) och ${quote(printedText)} (rad ${printed.line}). Värdet från rad ${earlier.line} har sparats.`,
      );
    }
    tally(count, 'linked');
    return;
  }
  state.targetsSet.set(key, { printed: printedText, line: printed.line });
  const current = (await currentTargets(state)).get(key);
  if (current && sameTarget(current, wanted) && (council || current.printed === printedFit)) {
    tally(count, 'linked');
    return;
  }
  if (current && council) {
    warn(
      state,
      printed.line,
      'council_target_differs',
      `KF:s årsmål för ${quote(printed.name)} är ${quote(current.printed ?? current.text ?? String(current.value))} i databasen men ${quote(printedText)} i planen (rad ${printed.line}). Det lagrade målet behålls.`,
    );
    tally(count, 'linked');
    return;
  }
  await setTarget(state.trx, {
    indicatorId: indicator.id,
    organisationId,
    year: state.year,
    gender: 'T',
    kind: wanted.kind,
    value: wanted.value,
    text: wanted.text,
    printed: printedFit,
  });
  tally(count, current ? 'updated' : 'created');
}
