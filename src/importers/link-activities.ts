// Activities under a goal. Board and council activities belong to their owner and are assigned to the
// unit; the unit's own activities are
// owned by the unit. Dates are stored as printed.
import type { GoalRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import {
  type ActivityWithAssignments,
  createActivity,
  listActivities,
  updateActivity,
} from '../services/activity.ts';
import { type Outcome, tally } from './import-report.ts';
import { fit, type ImportState, quote, warn } from './import-state.ts';
import type { ParsedActivity, ParsedGoal } from './parsed-plan.ts';
import { bestMatch, type Likeness } from './similarity.ts';

export async function linkActivities(state: ImportState, g: ParsedGoal, goal: GoalRow): Promise<void> {
  if (g.activities.length === 0) return;
  const owner = g.level === 'board' ? state.board : g.level === 'unit' ? state.unit : state.city;
  const stored = (await activitiesOf(state, owner.id)).get(goal.id) ?? [];
  for (const [index, printed] of g.activities.entries()) {
    const candidates = stored.filter((s) => !state.claimed.has(s.id));
    const found = bestMatch(printed.title, candidates, (s) => s.title);
    const outcome = found
      ? await refresh(state, printed, found.match, owner.id === state.unit.id, found.likeness)
      : await create(state, printed, goal, owner.id, index);
    tally(state.report.counts.activities, outcome);
  }
}

/** The owner's activities of the year by goal, loaded once per plan and owner. */
async function activitiesOf(state: ImportState, ownerId: string) {
  const cached = state.activitiesByOwner.get(ownerId);
  if (cached) return cached;
  const byGoal = new Map<string, ActivityWithAssignments[]>();
  for (const a of await listActivities(state.trx, { year: state.year, ownerOrganisationId: ownerId })) {
    const list = byGoal.get(a.goalId ?? '');
    if (list) list.push(a);
    else byGoal.set(a.goalId ?? '', [a]);
  }
  state.activitiesByOwner.set(ownerId, byGoal);
  return byGoal;
}

function datesOf(state: ImportState, a: ParsedActivity): { startDate: string; endDate: string } {
  let startDate = a.start;
  let endDate = a.end;
  if (!startDate || !endDate) {
    warn(
      state,
      a.line,
      'activity_date_missing',
      `Aktiviteten ${quote(a.title)} (rad ${a.line}) saknar giltigt ${startDate ? 'slutdatum' : 'startdatum'} (${quote(startDate ? a.endText : a.startText)}); planårets ${startDate ? 'sista' : 'första'} dag har använts.`,
    );
    startDate ??= `${state.year}-01-01`;
    endDate ??= `${state.year}-12-31`;
  }
  if (endDate < startDate) {
    warn(
      state,
      a.line,
      'activity_dates_reversed',
      `Aktiviteten ${quote(a.title)} (rad ${a.line}) slutar (${endDate}) före start (${startDate}); slutdatumet har satts till startdatumet.`,
    );
    endDate = startDate;
  }
  return { startDate, endDate };
}

async function create(
  state: ImportState,
  a: ParsedActivity,
  goal: GoalRow,
  ownerId: string,
  sortOrder: number,
): Promise<Outcome> {
  const title = fit(state, a.title || '(utan namn)', LIMITS.activityTitle, 'Aktivitetens namn', a.line);
  const row = await createActivity(state.trx, {
    year: state.year,
    ownerOrganisationId: ownerId,
    goalId: goal.id,
    title,
    description: title === a.title.trim() ? '' : a.title,
    ...datesOf(state, a),
    assignedOrganisationIds: ownerId === state.unit.id ? [] : [state.unit.id],
    sortOrder,
    origin: 'import',
  });
  state.claimed.add(row.id);
  return 'created';
}

async function refresh(
  state: ImportState,
  a: ParsedActivity,
  row: ActivityWithAssignments,
  own: boolean,
  likeness: Likeness,
): Promise<Outcome> {
  state.claimed.add(row.id);
  if (!own && likeness !== 'same') {
    warn(
      state,
      a.line,
      'activity_text_drift',
      `Aktivitetens text skiljer sig från ägarens version (rad ${a.line}): ${quote(a.title)} mot ${quote(row.title)}. Ägarens version behålls.`,
    );
  }
  const dates = datesOf(state, a);
  if (own) {
    const title = fit(state, a.title, LIMITS.activityTitle, 'Aktivitetens namn', a.line);
    const patch = {
      ...(row.title !== title ? { title } : {}),
      ...(row.startDate !== dates.startDate ? { startDate: dates.startDate } : {}),
      ...(row.endDate !== dates.endDate ? { endDate: dates.endDate } : {}),
    };
    if (Object.keys(patch).length === 0) return 'linked';
    await updateActivity(state.trx, row.id, { ...patch, version: row.version });
    return 'updated';
  }
  if (row.startDate !== dates.startDate || row.endDate !== dates.endDate) {
    warn(
      state,
      a.line,
      'activity_dates_differ',
      `Aktiviteten ${quote(a.title)} har datumen ${dates.startDate}–${dates.endDate} i planen (rad ${a.line}) men ${row.startDate}–${row.endDate} hos ägaren; ägarens datum behålls.`,
    );
  }
  if (row.assignedOrganisationIds.includes(state.unit.id)) return 'linked';
  await updateActivity(state.trx, row.id, {
    version: row.version,
    assignedOrganisationIds: [...row.assignedOrganisationIds, state.unit.id],
  });
  return 'updated';
}
