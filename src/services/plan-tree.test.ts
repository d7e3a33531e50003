import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addBoardActivity, addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { createBudgetRow, createBudgetTable } from './budget.ts';
import { setPlanVisibility } from './plan.ts';
import { createPlanSection } from './plan-section.ts';
import { buildPlanTree, listHiddenIndicators } from './plan-tree.ts';
import { setTarget } from './target.ts';

const ctx = await openTestContext();

describe('plan tree', () => {
  it('shows council and board goals from their single source above the unit goals', async () => {
    const m = await buildMunicipality(ctx);
    const goal = await addUnitGoal(ctx, m, 'Fler brukare i arbete');
    const tree = await buildPlanTree(ctx, m.plan.id);
    assert.equal(tree.organisation.id, m.unit.id);
    assert.equal(tree.board?.id, m.board.id);
    assert.equal(tree.city?.id, m.city.id);
    const [direction] = tree.goals;
    assert.equal(direction?.id, m.direction.id);
    const area = direction!.children[0]!;
    const boardGoal = area.children[0]!;
    assert.equal(boardGoal.id, m.boardGoal.id);
    assert.equal(boardGoal.own, false);
    assert.equal(boardGoal.shown, true, 'a board goal with a unit goal beneath is shown');
    assert.equal(boardGoal.children[0]!.id, goal.id);
    assert.equal(boardGoal.children[0]!.own, true);
  });

  it('renaming the board goal changes every unit plan at once', async () => {
    const m = await buildMunicipality(ctx);
    const { updateGoal } = await import('./goal.ts');
    await updateGoal(ctx, m.boardGoal.id, { version: m.boardGoal.version, title: 'Ny lydelse från nämnden' });
    await setPlanVisibility(ctx, m.plan.id, { goalIds: [m.boardGoal.id] });
    const tree = await buildPlanTree(ctx, m.plan.id);
    assert.equal(tree.goals[0]!.children[0]!.children[0]!.title, 'Ny lydelse från nämnden');
  });

  it('hides an inherited board goal the plan has not chosen', async () => {
    const m = await buildMunicipality(ctx);
    const tree = await buildPlanTree(ctx, m.plan.id);
    assert.equal(tree.goals[0]!.children[0]!.children[0]!.shown, false);
    await setPlanVisibility(ctx, m.plan.id, { goalIds: [m.boardGoal.id] });
    const chosen = await buildPlanTree(ctx, m.plan.id);
    const boardGoal = chosen.goals[0]!.children[0]!.children[0]!;
    assert.equal(boardGoal.shown, true);
    assert.equal(boardGoal.chosen, true);
    assert.equal(chosen.goals[0]!.shown, true, 'ancestors of a shown goal are shown');
  });

  it('shows a board activity only in the plans of units it is assigned to', async () => {
    const m = await buildMunicipality(ctx);
    const activity = await addBoardActivity(ctx, m, [m.unit.id]);
    const { createPlan } = await import('./plan.ts');
    const otherPlan = await createPlan(ctx, { organisationId: m.otherUnit.id, year: m.year, kind: 'plan' });
    const mine = await buildPlanTree(ctx, m.plan.id);
    const theirs = await buildPlanTree(ctx, otherPlan.id);
    const boardGoalIn = (t: typeof mine) => t.goals[0]!.children[0]!.children[0]!;
    assert.deepEqual(
      boardGoalIn(mine).activities.map((a) => a.id),
      [activity.id],
    );
    assert.equal(boardGoalIn(mine).shown, true);
    assert.deepEqual(boardGoalIn(theirs).activities, []);
  });

  it('puts the unit, board and council targets beside each other', async () => {
    const m = await buildMunicipality(ctx);
    await setPlanVisibility(ctx, m.plan.id, { placementIds: [m.placement.id] });
    const base = { indicatorId: m.indicator.id, year: m.year, gender: 'T' as const };
    await setTarget(ctx, { ...base, organisationId: m.city.id, kind: 'number', value: 90 });
    await setTarget(ctx, { ...base, organisationId: m.board.id, kind: 'increase' });
    await setTarget(ctx, { ...base, organisationId: m.unit.id, kind: 'number', value: 3.5 });
    await setTarget(ctx, { ...base, gender: 'K', organisationId: m.unit.id, kind: 'number', value: 4 });
    const tree = await buildPlanTree(ctx, m.plan.id);
    const indicator = tree.goals[0]!.children[0]!.indicators[0]!;
    assert.equal(indicator.shown, true);
    const byScope = Object.fromEntries(
      indicator.targets.filter((t) => t.gender === 'T').map((t) => [t.scope, t.formatted]),
    );
    assert.deepEqual(byScope, { city: '90 %', board: 'öka', own: '3,5 %' });
    assert.equal(indicator.targets.find((t) => t.gender === 'K')?.formatted, '4 %');
  });

  it('includes sections in order and budget tables with computed sums', async () => {
    const m = await buildMunicipality(ctx);
    await createPlanSection(ctx, m.plan.id, { part: 'intro', heading: 'Enhetens uppdrag', body: 'Text' });
    await createPlanSection(ctx, m.plan.id, { part: 'intro', heading: 'Organisationsbeskrivning' });
    await createPlanSection(ctx, m.plan.id, { part: 'other', heading: 'Kvalitet' });
    const table = await createBudgetTable(ctx, m.plan.id, { title: 'Prevention', layout: 'per_activity' });
    await createBudgetRow(ctx, table.id, {
      label: 'Intäkter',
      groupKind: 'revenue',
      budget: 1400,
      forecast: 1400,
    });
    await createBudgetRow(ctx, table.id, {
      label: 'Kostnader',
      groupKind: 'cost',
      budget: 9500,
      forecast: 9800,
    });
    const tree = await buildPlanTree(ctx, m.plan.id);
    assert.deepEqual(
      tree.sections.map((s) => s.heading),
      ['Enhetens uppdrag', 'Organisationsbeskrivning', 'Kvalitet'],
    );
    assert.equal(tree.budgetTables[0]!.summary.budget.net, -8100);
    assert.equal(tree.budgetTables[0]!.summary.deviation, -300);
    // The editor signs the net as the year's template prints this layout (the PDF's "Netto -8 100").
    assert.equal(tree.budgetTables[0]!.signConvention, 'cost_negative');
  });

  it("leaves out of the editor's tree the inherited indicators a unit plan neither shows nor targets", async () => {
    const m = await buildMunicipality(ctx);
    const areaOf = async (plan: string) =>
      (await buildPlanTree(ctx, plan, { indicators: 'editor' })).goals[0]!.children[0]!;
    const lean = await areaOf(m.plan.id);
    assert.deepEqual(lean.indicators, []);
    assert.equal(lean.hiddenIndicators, 1);
    const full = (await buildPlanTree(ctx, m.plan.id)).goals[0]!.children[0]!;
    assert.deepEqual(
      full.indicators.map((i) => i.placementId),
      [m.placement.id],
      'the full tree still has every placement',
    );
    const hidden = await listHiddenIndicators(ctx, m.plan.id, lean.id);
    assert.deepEqual(
      hidden.map((i) => [i.placementId, i.shown]),
      [[m.placement.id, false]],
    );

    await setTarget(ctx, {
      indicatorId: m.indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      gender: 'T',
      kind: 'number',
      value: 12,
    });
    const targeted = await areaOf(m.plan.id);
    assert.deepEqual(
      targeted.indicators.map((i) => i.placementId),
      [m.placement.id],
      "an indicator with the unit's own target stays",
    );
    assert.equal(targeted.hiddenIndicators, 0);
    assert.deepEqual(await listHiddenIndicators(ctx, m.plan.id, lean.id), []);
  });

  it("keeps an inherited indicator in the editor's tree once the plan shows it", async () => {
    const m = await buildMunicipality(ctx);
    await setPlanVisibility(ctx, m.plan.id, { placementIds: [m.placement.id] });
    const area = (await buildPlanTree(ctx, m.plan.id, { indicators: 'editor' })).goals[0]!.children[0]!;
    assert.deepEqual(
      area.indicators.map((i) => [i.placementId, i.shown]),
      [[m.placement.id, true]],
    );
  });
});
