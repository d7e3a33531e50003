import { createActivity } from '../services/activity.ts';
import { createBudgetRow, createBudgetTable } from '../services/budget.ts';
import { type Ctx, inTransaction } from '../services/context.ts';
import { createDecision } from '../services/decision.ts';
import { createGoal } from '../services/goal.ts';
import { createIndicator } from '../services/indicator.ts';
import { createOrganisation } from '../services/organisation.ts';
import { createPlacement } from '../services/placement.ts';
import { createPlan, setPlanVisibility } from '../services/plan.ts';
import { createPlanSection } from '../services/plan-section.ts';
import { setTarget } from '../services/target.ts';
import { ensureYear } from '../services/year.ts';
import { BOARD_INDICATORS, BOARDS } from './boards.ts';
import { COUNCIL_INDICATORS, councilGoalsFor, type DemoIndicator } from './council.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoFollowUp } from './seed-follow-up.ts';
import { UNITS } from './units.ts';

export const DEMO_YEARS = [2025, 2026];

/** Loads the demo municipality when the database has no organisations; returns whether it did. */
export async function seedDemoIfEmpty(ctx: Ctx): Promise<boolean> {
  const any = await ctx.db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  // A municipality row means someone chose to start their own municipality: never bring the demo back.
  const own = await ctx.db.selectFrom('municipality').select('id').executeTakeFirst();
  if (any || own) return false;
  await seedDemo(ctx);
  return true;
}

export async function seedDemo(ctx: Ctx): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const city = await createOrganisation(trx, { kind: 'city', name: 'Sjöviks kommun', origin: 'demo' });
    const boards = new Map<string, string>();
    const units = new Map<string, string>();
    for (const [i, board] of BOARDS.entries()) {
      const row = await createOrganisation(trx, {
        kind: 'board',
        name: board.name,
        parentId: city.id,
        sortOrder: i,
        origin: 'demo',
      });
      boards.set(board.key, row.id);
    }
    for (const [i, unit] of UNITS.entries()) {
      const row = await createOrganisation(trx, {
        kind: 'unit',
        name: unit.name,
        parentId: boards.get(unit.board)!,
        sortOrder: i,
        origin: 'demo',
      });
      units.set(unit.key, row.id);
    }
    const indicators = new Map<string, DemoIndicator & { id: string }>();
    for (const ind of [...COUNCIL_INDICATORS, ...BOARD_INDICATORS]) {
      const { key: _key, council: _council, ...input } = ind;
      const row = await createIndicator(trx, {
        ...input,
        genderSplit: input.genderSplit ?? false,
        origin: 'demo',
      });
      indicators.set(ind.key, { ...ind, id: row.id });
    }
    for (const year of DEMO_YEARS) await seedYear(trx, year, city.id, boards, units, indicators);
    await seedDemoFollowUp(trx, { city: city.id, boards: [...boards.values()], units: [...units.values()] });
    const unit = UNITS[0]!;
    await seedDemoAccounts(trx, {
      city: city.id,
      board: boards.get(unit.board)!,
      unit: units.get(unit.key)!,
    });
  });
}

async function seedYear(
  ctx: Ctx,
  year: number,
  cityId: string,
  boards: Map<string, string>,
  units: Map<string, string>,
  indicators: Map<string, DemoIndicator & { id: string }>,
) {
  await ensureYear(ctx, year, `Planeringsår ${year}`);
  const decision = await createDecision(ctx, {
    body: 'Kommunfullmäktige',
    dnr: `KS ${year - 1}/0417`,
    decidedOn: `${year - 1}-11-27`,
    title: `Budget ${year} med inriktning för ${year + 1}–${year + 2}`,
  });
  const areaGoals = new Map<string, string>();
  const placements = new Map<string, string>(); // `${goalId}:${indicatorKey}` → placement id
  for (const [d, direction] of councilGoalsFor(year).entries()) {
    const dGoal = await createGoal(ctx, {
      year,
      level: 'city_direction',
      organisationId: cityId,
      number: direction.number,
      title: direction.title,
      sortOrder: d,
      origin: 'demo',
    });
    for (const [a, area] of direction.areas.entries()) {
      const aGoal = await createGoal(ctx, {
        year,
        level: 'city_area',
        organisationId: cityId,
        parentId: dGoal.id,
        number: area.number,
        title: area.title,
        sortOrder: a,
        origin: 'demo',
      });
      areaGoals.set(area.number, aGoal.id);
      for (const key of area.indicators) {
        const ind = indicators.get(key)!;
        const placement = await createPlacement(ctx, { indicatorId: ind.id, goalId: aGoal.id });
        placements.set(`${area.number}:${key}`, placement.id);
        await setDemoTarget(ctx, ind, cityId, year, ind.council[year]!, decision.id);
      }
    }
  }

  const boardGoalIds = new Map<string, string>();
  for (const board of BOARDS) {
    const boardId = boards.get(board.key)!;
    for (const [g, goal] of board.goals.entries()) {
      const row = await createGoal(ctx, {
        year,
        level: 'board',
        organisationId: boardId,
        parentId: areaGoals.get(goal.area)!,
        number: goal.number ?? null,
        title: goal.title,
        description: goal.description,
        expectedResults: goal.expectedResults,
        sortOrder: g,
        origin: 'demo',
      });
      boardGoalIds.set(goal.key, row.id);
      for (const key of goal.indicators ?? []) {
        const ind = indicators.get(key)!;
        await createPlacement(ctx, { indicatorId: ind.id, goalId: row.id });
        await setDemoTarget(
          ctx,
          ind,
          boardId,
          year,
          key === 'ledarskap' ? 80 : key === 'besok' ? 6000 : 75,
          null,
        );
      }
      for (const activity of goal.activities ?? []) {
        await createActivity(ctx, {
          year,
          ownerOrganisationId: boardId,
          goalId: row.id,
          title: activity.title,
          startDate: `${year}${activity.start}`,
          endDate: `${year}${activity.end}`,
          assignedOrganisationIds: activity.units.map((u) => units.get(u)!),
          origin: 'demo',
        });
      }
    }
    await createPlan(ctx, {
      organisationId: boardId,
      year,
      kind: 'plan',
      title: `Verksamhetsplan ${year} för ${board.name}`,
      author: 'Nämndsekreterare Eva Holm',
      phone: '08-555 100 00',
      addressee: board.name,
      origin: 'demo',
    });
  }

  for (const unit of UNITS)
    await seedUnitPlan(ctx, year, unit, units.get(unit.key)!, boardGoalIds, placements, indicators);
}

async function seedUnitPlan(
  ctx: Ctx,
  year: number,
  unit: (typeof UNITS)[number],
  unitId: string,
  boardGoalIds: Map<string, string>,
  placements: Map<string, string>,
  indicators: Map<string, DemoIndicator & { id: string }>,
) {
  const board = BOARDS.find((b) => b.key === unit.board)!;
  const plan = await createPlan(ctx, {
    organisationId: unitId,
    year,
    kind: 'plan',
    title: `Verksamhetsplan ${year}`,
    author: unit.author,
    phone: unit.phone,
    addressee: board.name,
    documentDate: `${year}-02-20`,
    dnr: `${board.key === 'norrvik' ? 'NO' : 'SÖ'} ${year - 1}-${100 + UNITS.indexOf(unit)}`,
    economyText: unit.economy,
    origin: 'demo',
  });
  for (const [heading, body] of unit.intro)
    await createPlanSection(ctx, plan.id, {
      part: 'intro',
      heading: heading === 'Utvecklingsområden' ? `Utvecklingsområden ${year}` : heading,
      body,
    });
  for (const [heading, body] of unit.other)
    await createPlanSection(ctx, plan.id, { part: 'other', heading, body });
  for (const [g, goal] of unit.goals.entries()) {
    const row = await createGoal(ctx, {
      year,
      level: 'unit',
      organisationId: unitId,
      parentId: boardGoalIds.get(goal.boardGoal)!,
      title: goal.title,
      expectedResults: goal.expectedResults,
      waysOfWorking: goal.waysOfWorking,
      resources: goal.resources,
      followUp: goal.followUp,
      development: goal.development,
      sortOrder: g,
      origin: 'demo',
    });
    for (const activity of goal.activities ?? []) {
      await createActivity(ctx, {
        year,
        ownerOrganisationId: unitId,
        goalId: row.id,
        title: activity.title,
        startDate: `${year}${activity.start}`,
        endDate: `${year}${activity.end}`,
        origin: 'demo',
      });
    }
  }
  for (const [key, value] of Object.entries(unit.targets)) {
    const ind = indicators.get(key)!;
    await setDemoTarget(
      ctx,
      ind,
      unitId,
      year,
      year > DEMO_YEARS[0]! ? nextYearTarget(ind, value) : value,
      null,
    );
  }
  const shownPlacements = [...placements.entries()]
    .filter(([k]) => k.split(':')[1]! in unit.targets)
    .map(([, id]) => id);
  const shownGoals = board.goals.map((g) => boardGoalIds.get(g.key)!);
  await setPlanVisibility(ctx, plan.id, { goalIds: shownGoals, placementIds: shownPlacements });
  for (const table of unit.budget) {
    const created = await createBudgetTable(ctx, plan.id, { title: table.title, layout: table.layout });
    for (const [label, groupKind, budget, forecast] of table.rows) {
      await createBudgetRow(ctx, created.id, { label, groupKind, budget, forecast: forecast ?? null });
    }
  }
}

async function setDemoTarget(
  ctx: Ctx,
  ind: DemoIndicator & { id: string },
  orgId: string,
  year: number,
  value: number | string,
  decisionId: string | null,
) {
  const base = { indicatorId: ind.id, organisationId: orgId, year, gender: 'T' as const, decisionId };
  if (typeof value === 'number') return setTarget(ctx, { ...base, kind: 'number', value });
  if (value === 'increase') return setTarget(ctx, { ...base, kind: 'increase' });
  if (value === 'set_by_board')
    return setTarget(ctx, { ...base, kind: 'set_by_board', text: 'Tas fram av nämnd' });
  if (value.startsWith('Tas fram')) return setTarget(ctx, { ...base, kind: 'set_by_board', text: value });
  return setTarget(ctx, { ...base, kind: 'text', text: value });
}

/** The second year's unit targets move one step in the indicator's direction. */
function nextYearTarget(ind: DemoIndicator, value: number | string): number | string {
  if (typeof value !== 'number' || ind.direction === 'none') return value;
  const next = ind.direction === 'increase' ? value + 1 : Math.max(0, value - 0.5);
  return ind.valueKind === 'percent' ? Math.min(100, next) : next;
}
