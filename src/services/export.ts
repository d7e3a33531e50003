import { GOAL_LEVELS } from '../shared/vocabulary.ts';
import type { Ctx } from './context.ts';
import { listParentLinks } from './organisation-tree.ts';

export const EXPORT_FORMAT = 'malkedja-export';
export const EXPORT_FORMAT_VERSION = 1;

// Audit columns describe the database copy, not the content; leaving them out makes export → import → export identical.
const AUDIT = ['version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'] as const;

function strip<T extends object>(row: T): Omit<T, (typeof AUDIT)[number]> {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of AUDIT) delete copy[key];
  return copy as Omit<T, (typeof AUDIT)[number]>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One JSON document with everything of a year: organisations, goals, indicators, targets, activities, plans, budgets. */
export async function exportYear(ctx: Ctx, year: number) {
  const db = ctx.db;
  const yearRow = await db
    .selectFrom('planningYear')
    .select(['year', 'label', 'template'])
    .where('year', '=', year)
    .executeTakeFirst();
  const organisations = await listOrganisationsForExport(ctx, year);
  const parentLinks = (
    await listParentLinks(
      ctx,
      organisations.map((o) => o.id),
    )
  ).filter((l) => l.validFrom <= `${year}-12-31` && (l.validTo === null || l.validTo >= `${year}-01-01`));
  const goals = (await db.selectFrom('goal').selectAll().where('year', '=', year).execute()).sort(
    (a, b) => GOAL_LEVELS.indexOf(a.level) - GOAL_LEVELS.indexOf(b.level) || byId(a, b),
  );
  const goalIds = goals.map((g) => g.id);
  const placements = goalIds.length
    ? (await db.selectFrom('placement').selectAll().where('goalId', 'in', goalIds).execute()).sort(byId)
    : [];
  const targets = (await db.selectFrom('target').selectAll().where('year', '=', year).execute()).sort(byId);
  const indicatorIds = [
    ...new Set([...placements.map((p) => p.indicatorId), ...targets.map((t) => t.indicatorId)]),
  ];
  const indicators = indicatorIds.length
    ? (await db.selectFrom('indicator').selectAll().where('id', 'in', indicatorIds).execute()).sort(byId)
    : [];
  const decisionIds = [
    ...new Set(targets.map((t) => t.decisionId).filter((id): id is string => Boolean(id))),
  ];
  const decisions = decisionIds.length
    ? (await db.selectFrom('decision').selectAll().where('id', 'in', decisionIds).execute()).sort(byId)
    : [];
  const activities = (await db.selectFrom('activity').selectAll().where('year', '=', year).execute()).sort(
    byId,
  );
  const assignments = activities.length
    ? await db
        .selectFrom('activityAssignment')
        .selectAll()
        .where(
          'activityId',
          'in',
          activities.map((a) => a.id),
        )
        .execute()
    : [];
  const plans = (await db.selectFrom('plan').selectAll().where('year', '=', year).execute()).sort(byId);
  const planIds = plans.map((p) => p.id);
  const [sections, planGoals, planPlacements, budgetTables] = planIds.length
    ? await Promise.all([
        db.selectFrom('planSection').selectAll().where('planId', 'in', planIds).execute(),
        db.selectFrom('planGoal').selectAll().where('planId', 'in', planIds).execute(),
        db.selectFrom('planPlacement').selectAll().where('planId', 'in', planIds).execute(),
        db.selectFrom('budgetTable').selectAll().where('planId', 'in', planIds).execute(),
      ])
    : [[], [], [], []];
  const budgetRows = budgetTables.length
    ? await db
        .selectFrom('budgetRow')
        .selectAll()
        .where(
          'budgetTableId',
          'in',
          budgetTables.map((t) => t.id),
        )
        .execute()
    : [];

  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    year,
    yearInfo: yearRow ?? { year, label: null, template: 'standard' },
    organisations: organisations.map((o) => ({
      ...strip(o),
      parentLinks: parentLinks
        .filter((l) => l.organisationId === o.id)
        .map((l) => ({ parentId: l.parentId, validFrom: l.validFrom, validTo: l.validTo })),
    })),
    decisions: decisions.map(strip),
    indicators: indicators.map(strip),
    goals: goals.map(strip),
    placements: placements.map(strip),
    targets: targets.map((t) => ({
      ...t,
      supersededAt: t.supersededAt ? new Date(t.supersededAt).toISOString() : null,
      createdAt: new Date(t.createdAt).toISOString(),
    })),
    activities: activities.map((a) => ({
      ...strip(a),
      assignedOrganisationIds: assignments
        .filter((x) => x.activityId === a.id)
        .map((x) => x.organisationId)
        .sort(),
    })),
    plans: plans.map((p) => ({
      ...strip(p),
      shownGoalIds: planGoals
        .filter((x) => x.planId === p.id)
        .map((x) => x.goalId)
        .sort(),
      shownPlacementIds: planPlacements
        .filter((x) => x.planId === p.id)
        .map((x) => x.placementId)
        .sort(),
      sections: sections
        .filter((s) => s.planId === p.id)
        .sort(byId)
        .map(strip),
      budgetTables: budgetTables
        .filter((t) => t.planId === p.id)
        .sort(byId)
        .map((t) => ({
          ...strip(t),
          rows: budgetRows
            .filter((r) => r.budgetTableId === t.id)
            .sort(byId)
            .map(strip),
        })),
    })),
  };
}

/** The organisations valid in the year, plus every organisation they point to, so the file imports on its own. */
async function listOrganisationsForExport(ctx: Ctx, year: number) {
  const valid = await ctx.db
    .selectFrom('organisation')
    .selectAll()
    .where('validFrom', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', `${year}-01-01`)]))
    .execute();
  const byId = new Map(valid.map((o) => [o.id, o]));
  const links = await listParentLinks(ctx, [...byId.keys()]);
  let missing = [...new Set([...valid.map((o) => o.parentId), ...links.map((l) => l.parentId)])].filter(
    (id): id is string => Boolean(id) && !byId.has(id!),
  );
  while (missing.length > 0) {
    const found = await ctx.db.selectFrom('organisation').selectAll().where('id', 'in', missing).execute();
    for (const o of found) byId.set(o.id, o);
    missing = found.map((o) => o.parentId).filter((id): id is string => Boolean(id) && !byId.has(id!));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type YearExport = Awaited<ReturnType<typeof exportYear>>;
