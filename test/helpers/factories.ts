import { createActivity } from '../../src/services/activity.ts';
import type { Ctx } from '../../src/services/context.ts';
import { createGoal } from '../../src/services/goal.ts';
import { createIndicator } from '../../src/services/indicator.ts';
import { createOrganisation } from '../../src/services/organisation.ts';
import { createPlacement } from '../../src/services/placement.ts';
import { createPlan } from '../../src/services/plan.ts';
import { ensureYear } from '../../src/services/year.ts';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;

/** A small municipality: city, one board with two units, a council framework and a board goal. */
export async function buildMunicipality(ctx: Ctx, year = 2025) {
  await ensureYear(ctx, year);
  const city = await createOrganisation(ctx, { kind: 'city', name: unique('Teststad') });
  const board = await createOrganisation(ctx, {
    kind: 'board',
    name: unique('Stadsdelsnämnd'),
    parentId: city.id,
  });
  const otherBoard = await createOrganisation(ctx, {
    kind: 'board',
    name: unique('Socialnämnd'),
    parentId: city.id,
  });
  const unit = await createOrganisation(ctx, {
    kind: 'unit',
    name: unique('Enheten för stöd'),
    parentId: board.id,
  });
  const otherUnit = await createOrganisation(ctx, {
    kind: 'unit',
    name: unique('Hemtjänsten'),
    parentId: board.id,
  });
  const direction = await createGoal(ctx, {
    year,
    level: 'city_direction',
    organisationId: city.id,
    number: '1',
    title: 'En stad som håller samman',
  });
  const area = await createGoal(ctx, {
    year,
    level: 'city_area',
    organisationId: city.id,
    parentId: direction.id,
    number: '1.3',
    title: 'Stöd där behoven är störst',
  });
  const boardGoal = await createGoal(ctx, {
    year,
    level: 'board',
    organisationId: board.id,
    parentId: area.id,
    title: 'Personer med funktionsnedsättning får stöd i tid',
    description: 'Nämnden prioriterar tidiga insatser.',
    expectedResults: '- Kortare väntetider\n- Nöjdare brukare',
  });
  const indicator = await createIndicator(ctx, {
    name: 'Andel nöjda brukare',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    genderSplit: true,
    consolidation: 'mean',
  });
  const placement = await createPlacement(ctx, { indicatorId: indicator.id, goalId: area.id });
  const plan = await createPlan(ctx, {
    organisationId: unit.id,
    year,
    kind: 'plan',
    author: 'Anna Andersson',
  });
  return {
    year,
    city,
    board,
    otherBoard,
    unit,
    otherUnit,
    direction,
    area,
    boardGoal,
    indicator,
    placement,
    plan,
  };
}

export async function addUnitGoal(
  ctx: Ctx,
  m: Awaited<ReturnType<typeof buildMunicipality>>,
  title = unique('Enhetsmål'),
) {
  return createGoal(ctx, {
    year: m.year,
    level: 'unit',
    organisationId: m.unit.id,
    parentId: m.boardGoal.id,
    title,
    expectedResults: '- Fler brukare i arbete',
    waysOfWorking: 'Vi arbetar med individuella planer.',
  });
}

export async function addBoardActivity(
  ctx: Ctx,
  m: Awaited<ReturnType<typeof buildMunicipality>>,
  assigned: string[],
) {
  return createActivity(ctx, {
    year: m.year,
    ownerOrganisationId: m.board.id,
    goalId: m.boardGoal.id,
    title: unique('Stadsdelsnämnden ska utveckla stödet'),
    startDate: `${m.year}-01-01`,
    endDate: `${m.year}-12-31`,
    assignedOrganisationIds: assigned,
  });
}
