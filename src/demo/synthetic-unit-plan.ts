import { randomUUID } from 'node:crypto';

export const ACTOR = 'syntet';

export type Push = (table: string, row: Record<string, unknown>) => void;

export interface UnitPlanInput {
  unit: { id: string; boardId: string };
  u: number;
  year: number;
  audit: Record<string, unknown>;
  now: Date;
  goals: Array<{ id: string; areaId: string }>;
  placementsByArea: Map<string, string[]>;
  areaIds: string[];
  indicatorIds: string[];
}

/** One unit's plan for a year: three unit goals, an activity, ten shown council indicators with targets, sections and a budget. */
export function pushUnitPlan(push: Push, input: UnitPlanInput): string {
  const { unit, u, year, audit, now, goals, placementsByArea, areaIds, indicatorIds } = input;
  const planId = randomUUID();
  push('plan', {
    id: planId,
    organisationId: unit.id,
    year,
    kind: 'plan',
    title: `Verksamhetsplan ${year}`,
    author: 'Handläggare',
    addressee: 'Nämnden',
    ...audit,
  });
  for (const goal of goals.slice(0, 4)) push('planGoal', { planId, goalId: goal.id });
  for (let g = 0; g < 3; g++) {
    const goalId = randomUUID();
    push('goal', {
      id: goalId,
      year,
      level: 'unit',
      organisationId: unit.id,
      parentId: goals[g]!.id,
      title: `Enhetsmål ${g + 1}`,
      expectedResults: '- Resultat',
      waysOfWorking: 'Arbetssätt i flera stycken.',
      followUp: 'Uppföljning per tertial.',
      sortOrder: g,
      ...audit,
    });
    if (g === 0)
      push('activity', {
        id: randomUUID(),
        year,
        goalId,
        ownerOrganisationId: unit.id,
        title: 'Enhetens aktivitet',
        startDate: `${year}-02-01`,
        endDate: `${year}-11-30`,
        ...audit,
      });
  }
  const shownPlacements = (placementsByArea.get(goals[0]!.areaId) ?? []).slice(0, 10);
  for (const [p, placementId] of shownPlacements.entries()) {
    push('planPlacement', { planId, placementId });
    const indicatorId =
      indicatorIds[(areaIds.indexOf(goals[0]!.areaId) + p * areaIds.length) % indicatorIds.length]!;
    push('target', {
      id: randomUUID(),
      indicatorId,
      organisationId: unit.id,
      year,
      gender: 'T',
      kind: 'number',
      value: 70 + (u % 30),
      revision: 1,
      createdAt: now,
      createdBy: ACTOR,
    });
  }
  for (const [s, heading] of [
    'Enhetens uppdrag',
    'Utvecklingsområden',
    'Organisationsbeskrivning',
    'Kvalitet',
  ].entries()) {
    push('planSection', {
      id: randomUUID(),
      planId,
      part: s < 3 ? 'intro' : 'other',
      heading,
      body: 'Text om enheten.',
      sortOrder: s,
      ...audit,
    });
  }
  const tableId = randomUUID();
  push('budgetTable', { id: tableId, planId, title: `Enhet ${u + 1}`, layout: 'per_activity', ...audit });
  push('budgetRow', {
    id: randomUUID(),
    budgetTableId: tableId,
    label: 'Intäkter',
    groupKind: 'revenue',
    budget: 1000 + u,
    forecast: 1000 + u,
    sortOrder: 0,
    ...audit,
  });
  push('budgetRow', {
    id: randomUUID(),
    budgetTableId: tableId,
    label: 'Kostnader',
    groupKind: 'cost',
    budget: 9000 + u,
    forecast: 9100 + u,
    sortOrder: 1,
    ...audit,
  });
  return planId;
}
