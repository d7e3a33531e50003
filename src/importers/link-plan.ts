// The plan record itself: metadata from the front matter and economy, its free sections (Inledning,
// Övrigt, unplaced text) and which inherited goals and indicators it shows.
import type { PlanRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import { createPlan, findPlan, getPlanVisibility, setPlanVisibility, updatePlan } from '../services/plan.ts';
import { tally } from './import-report.ts';
import { fit, type ImportState, warn } from './import-state.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function planValues(state: ImportState) {
  const { front, economy, startLine } = { ...state.parsed, startLine: state.parsed.startLine };
  const date = front.date ?? front.letterDate;
  if (date && !ISO_DATE.test(date)) {
    warn(state, startLine, 'date_invalid', `Datumet "${date}" kunde inte tolkas och har inte sparats.`);
  }
  return {
    title: fit(state, front.title ?? '', LIMITS.title, 'Titeln', startLine),
    author: fit(state, front.author ?? '', LIMITS.name, 'Handläggaren', startLine),
    phone: fit(state, front.phone ?? '', 60, 'Telefonnumret', startLine),
    addressee: fit(state, front.addressee ?? '', LIMITS.name, 'Mottagaren (Till)', startLine),
    documentDate: date && ISO_DATE.test(date) ? date : null,
    dnr: fit(state, front.dnr ?? '', 100, 'Diarienumret', startLine),
    decisionProposal: front.decisionProposal ?? '',
    economyText: economy.resourceUse,
    budgetText: economy.budgetProse,
  };
}

/** Creates the unit's plan for the year or brings its metadata in line with the document. */
export async function linkPlanRecord(state: ImportState): Promise<PlanRow> {
  const wanted = planValues(state);
  const existing = await findPlan(state.trx, state.unit.id, state.year, 'plan');
  if (!existing) {
    const plan = await createPlan(state.trx, {
      organisationId: state.unit.id,
      year: state.year,
      kind: 'plan',
      ...wanted,
      origin: 'import',
    });
    tally(state.report.counts.plan, 'created');
    return plan;
  }
  const patch = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => (existing as Record<string, unknown>)[key] !== value),
  );
  if (Object.keys(patch).length === 0) {
    tally(state.report.counts.plan, 'linked');
    return existing;
  }
  const plan = await updatePlan(state.trx, existing.id, { ...patch, version: existing.version });
  tally(state.report.counts.plan, 'updated');
  return plan;
}

/** Shows exactly the council and board goals and placements the document printed. */
export async function linkVisibility(state: ImportState, planId: string): Promise<void> {
  const current = await getPlanVisibility(state.trx, planId);
  const goalIds = [...state.shownGoalIds];
  const placementIds = [...state.shownPlacementIds];
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
  if (same(current.goalIds, goalIds) && same(current.placementIds, placementIds)) return;
  await setPlanVisibility(state.trx, planId, { goalIds, placementIds });
}
