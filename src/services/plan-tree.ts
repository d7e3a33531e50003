import {
  loadPlanTreeRows,
  type TreeGoalRow,
  type TreePlacementRow,
  type TreeTargetRow,
} from '../db/repos/plan-tree.ts';
import type { OrganisationRow } from '../db/schema.ts';
import { templateFor } from '../documents/templates.ts';
import { summariseBudget } from '../domain/budget.ts';
import { notFound } from '../domain/errors.ts';
import { formatTarget } from '../domain/target-rules.ts';
import type {
  PlanTree,
  TargetScope,
  TreeGoal,
  TreeIndicator,
  TreeOrganisation,
} from '../shared/schemas/plan-tree.ts';
import { abilitiesIn, acceptReadablePlan, isUuid } from './authz.ts';
import type { Ctx } from './context.ts';
import { ENTITY_LABEL } from './record.ts';

export interface PlanTreeOptions {
  /**
   * 'all' (the default) keeps every placement under every goal. 'editor' leaves out, in a unit's plan,
   * the inherited indicators the plan neither shows nor sets a target for: at city scale they are most
   * of the tree, and the editor lists them only when asked (listHiddenIndicators). Each goal then
   * carries how many were left out.
   */
  indicators?: 'all' | 'editor';
}

const UNIT_KINDS: ReadonlySet<string> = new Set(['unit', 'department', 'team']);

/** Left out of the editor's tree: inherited, not shown in the plan, no target of the plan's own. */
const leftOut = (goal: TreeGoal, indicator: TreeIndicator) =>
  !goal.own && !indicator.shown && !indicator.targets.some((t) => t.scope === 'own');

/** Assembles a plan's whole tree in a fixed, small number of queries (no per-goal round trips). */
export async function buildPlanTree(
  ctx: Ctx,
  planId: string,
  options: PlanTreeOptions = {},
): Promise<PlanTree> {
  // The plan, its ancestry for the check of who may see it, and the whole tree: one round trip.
  const rows = isUuid(planId)
    ? await loadPlanTreeRows(ctx.db, { planId, lean: options.indicators === 'editor' })
    : undefined;
  if (!rows) throw notFound(ENTITY_LABEL.plan, planId);
  const plan = await acceptReadablePlan(ctx, rows.plan, rows.ancestry);
  const chain = rows.chain;
  const org = chain[0]!;
  const board = chain.find((o) => o.kind === 'board') ?? null;
  const city = chain.find((o) => o.kind === 'city') ?? null;
  const lean = options.indicators === 'editor' && UNIT_KINDS.has(org.kind);
  const { goals, placements, targets, goalIds, placementIds, sections, budgetTables, activities } = rows;
  const visibility = { goalIds, placementIds };
  const template = templateFor(plan.year, rows.template ?? undefined);

  const scopeOf = (orgId: string): TargetScope =>
    orgId === org.id ? 'own' : orgId === board?.id ? 'board' : 'city';
  const targetsByIndicator = groupBy(targets, (t) => t.indicatorId);
  const chosenGoals = new Set(visibility.goalIds);
  const chosenPlacements = new Set(visibility.placementIds);
  const toIndicator = (p: TreePlacementRow, ownGoal: boolean): TreeIndicator => ({
    placementId: p.placementId,
    indicatorId: p.id,
    name: p.name,
    unit: p.unit,
    valueKind: p.valueKind,
    direction: p.direction,
    periodicity: p.periodicity,
    genderSplit: p.genderSplit,
    externalId: p.externalId,
    shown: ownGoal || chosenPlacements.has(p.placementId),
    targets: (targetsByIndicator.get(p.id) ?? []).map((t) =>
      presentTarget(t, p.unit, scopeOf(t.organisationId)),
    ),
  });
  const placementsByGoal = groupBy(placements, (p) => p.goalId);
  const activitiesByGoal = groupBy(activities, (a) => a.goalId ?? '');

  const nodes = new Map<string, TreeGoal>();
  for (const goal of goals) {
    const own = goal.organisationId === org.id;
    nodes.set(goal.id, {
      ...pickGoal(goal),
      own,
      shown: own || chosenGoals.has(goal.id),
      chosen: chosenGoals.has(goal.id),
      indicators: (placementsByGoal.get(goal.id) ?? []).map((p) => toIndicator(p, own)),
      activities: (activitiesByGoal.get(goal.id) ?? []).map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        startDate: a.startDate,
        endDate: a.endDate,
        ownerOrganisationId: a.ownerOrganisationId,
        assignedOrganisationIds: a.assignedOrganisationIds,
        own: a.ownerOrganisationId === org.id,
        version: a.version,
      })),
      children: [],
    });
  }
  const roots: TreeGoal[] = [];
  for (const goal of goals) {
    const node = nodes.get(goal.id)!;
    const parent = goal.parentId ? nodes.get(goal.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (goal.level === 'city_direction') roots.push(node);
  }
  roots.forEach(markShownAncestors);
  if (lean) for (const node of nodes.values()) node.hiddenIndicators = rows.hiddenCounts[node.id] ?? 0;

  return {
    plan: {
      id: plan.id,
      year: plan.year,
      kind: plan.kind,
      title: plan.title,
      author: plan.author,
      phone: plan.phone,
      addressee: plan.addressee,
      documentDate: plan.documentDate,
      dnr: plan.dnr,
      decisionProposal: plan.decisionProposal,
      economyText: plan.economyText,
      budgetText: plan.budgetText,
      status: plan.status,
      version: plan.version,
      updatedAt: new Date(plan.updatedAt).toISOString(),
    },
    organisation: presentOrg(org),
    board: board ? presentOrg(board) : null,
    city: city ? presentOrg(city) : null,
    goals: roots,
    visibility,
    sections: sections.map((s) => ({
      id: s.id,
      part: s.part,
      heading: s.heading,
      depth: s.depth,
      body: s.body,
      sortOrder: s.sortOrder,
      version: s.version,
    })),
    can: abilitiesIn(ctx, chain),
    budgetTables: budgetTables.map((t) => ({
      id: t.id,
      title: t.title,
      layout: t.layout,
      amountUnit: t.amountUnit,
      version: t.version,
      rows: t.rows.map((r) => ({
        id: r.id,
        label: r.label,
        groupKind: r.groupKind,
        budget: r.budget,
        forecast: r.forecast,
        outcome: r.outcome,
        version: r.version,
      })),
      summary: summariseBudget(t.rows),
      signConvention: template.budgetSigns[t.layout],
    })),
  };
}

/** A goal is shown when chosen, owned, or when anything beneath it is shown. */
function markShownAncestors(node: TreeGoal): boolean {
  let anyChild = false;
  for (const child of node.children) anyChild = markShownAncestors(child) || anyChild;
  if (anyChild || node.activities.length > 0) node.shown = true;
  return node.shown;
}

function presentOrg(org: Pick<OrganisationRow, 'id' | 'name' | 'kind'>): TreeOrganisation {
  return { id: org.id, name: org.name, kind: org.kind };
}

function presentTarget(t: TreeTargetRow, unit: string, scope: TargetScope) {
  return {
    id: t.id,
    organisationId: t.organisationId,
    scope,
    gender: t.gender,
    kind: t.kind,
    value: t.value,
    text: t.text,
    printed: t.printed,
    formatted: t.printed ?? formatTarget({ kind: t.kind, value: t.value, text: t.text }, unit),
    revision: t.revision,
    decisionId: t.decisionId,
    proposed: t.proposed,
  };
}

function pickGoal(g: TreeGoalRow) {
  return {
    id: g.id,
    level: g.level,
    organisationId: g.organisationId,
    parentId: g.parentId,
    number: g.number,
    title: g.title,
    description: g.description,
    expectedResults: g.expectedResults,
    waysOfWorking: g.waysOfWorking,
    resources: g.resources,
    followUp: g.followUp,
    development: g.development,
    version: g.version,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The inherited indicators under one goal that the editor's tree leaves out (see PlanTreeOptions),
 * for the editor to list when the user wants to choose among them.
 */
export async function listHiddenIndicators(
  ctx: Ctx,
  planId: string,
  goalId: string,
): Promise<TreeIndicator[]> {
  const tree = await buildPlanTree(ctx, planId);
  const find = (goals: TreeGoal[]): TreeGoal | undefined => {
    for (const goal of goals) {
      const found = goal.id === goalId ? goal : find(goal.children);
      if (found) return found;
    }
    return undefined;
  };
  const goal = find(tree.goals);
  if (!goal) throw notFound('Målet', goalId);
  return UNIT_KINDS.has(tree.organisation.kind) ? goal.indicators.filter((i) => leftOut(goal, i)) : [];
}
