// A municipality ready for follow-up: a unit plan with its own goal, a board activity assigned to the
// unit, a tertial indicator, unit targets, a budget table, and the unit's T1 report.

import { fillReport } from '../../src/demo/seed-follow-up.ts';
import { createBudgetRow, createBudgetTable } from '../../src/services/budget.ts';
import type { Ctx } from '../../src/services/context.ts';
import { ensureReport } from '../../src/services/follow-up-report.ts';
import { buildFollowUpTree } from '../../src/services/follow-up-tree.ts';
import { createIndicator } from '../../src/services/indicator.ts';
import { createPlacement } from '../../src/services/placement.ts';
import { submitPlan } from '../../src/services/plan-workflow.ts';
import { setTarget } from '../../src/services/target.ts';
import { addBoardActivity, addUnitGoal, buildMunicipality } from './factories.ts';

export async function buildFollowUp(ctx: Ctx, year = 2025) {
  const m = await buildMunicipality(ctx, year);
  const unitGoal = await addUnitGoal(ctx, m, 'Brukarna får stöd i tid');
  const activity = await addBoardActivity(ctx, m, [m.unit.id]);
  const visits = await createIndicator(ctx, {
    name: 'Antal besök',
    unit: 'st',
    valueKind: 'number',
    direction: 'increase',
    periodicity: 'tertial',
    genderSplit: false,
    consolidation: 'sum',
  });
  await createPlacement(ctx, { indicatorId: visits.id, goalId: unitGoal.id });
  await setTarget(ctx, {
    indicatorId: visits.id,
    organisationId: m.unit.id,
    year,
    gender: 'T',
    kind: 'number',
    value: 300,
  });
  await setTarget(ctx, {
    indicatorId: m.indicator.id,
    organisationId: m.city.id,
    year,
    gender: 'T',
    kind: 'number',
    value: 80,
  });
  const table = await createBudgetTable(ctx, m.plan.id, { title: 'Verksamheten', layout: 'category' });
  const revenue = await createBudgetRow(ctx, table.id, {
    label: 'Taxor och avgifter',
    groupKind: 'revenue',
    budget: 1000,
  });
  const cost = await createBudgetRow(ctx, table.id, {
    label: 'Personalkostnader',
    groupKind: 'cost',
    budget: 5000,
  });
  const t1 = await ensureReport(ctx, { organisationId: m.unit.id, year, period: 'T1' });
  return { ...m, unitGoal, activity, visits, table, revenue, cost, t1 };
}

export type FollowUpFixture = Awaited<ReturnType<typeof buildFollowUp>>;

/** Fills in whatever the report still misses (as the demo does) and submits it. */
export async function completeAndSubmit(ctx: Ctx, reportId: string) {
  await fillReport(ctx, await buildFollowUpTree(ctx, reportId), 'test');
  const tree = await buildFollowUpTree(ctx, reportId);
  return submitPlan(ctx, reportId, { version: tree.report.version });
}
