import { createActivity } from '../../src/services/activity.ts';
import { writeActivityStatus, writeAssessment } from '../../src/services/assessment.ts';
import { createBudgetRow, createBudgetTable } from '../../src/services/budget.ts';
import type { Ctx } from '../../src/services/context.ts';
import { ensurePeriods } from '../../src/services/follow-up-period.ts';
import { ensureReport } from '../../src/services/follow-up-report.ts';
import { writeForecast } from '../../src/services/forecast.ts';
import { createIndicator } from '../../src/services/indicator.ts';
import { writeOutcome } from '../../src/services/outcome.ts';
import { createPlacement } from '../../src/services/placement.ts';
import { setTarget } from '../../src/services/target.ts';
import { addUnitGoal, buildMunicipality } from './factories.ts';

export const ANALYSIS = 'Fler brukare har fått praktik tack vare samarbetet med arbetsförmedlingen.';

/**
 * A unit's T1 filled in through the services: its own goal assessed, a gender-split tertial indicator
 * with outcomes against unit targets (women behind), an activity's status and a forecast.
 */
export async function buildReportedT1(ctx: Ctx) {
  const m = await buildMunicipality(ctx);
  await ensurePeriods(ctx, m.year);
  const unitGoal = await addUnitGoal(ctx, m, 'Fler brukare får en praktikplats');
  const indicator = await createIndicator(ctx, {
    name: 'Andel brukare med praktikplats',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'tertial',
    genderSplit: true,
    consolidation: 'mean',
  });
  await createPlacement(ctx, { indicatorId: indicator.id, goalId: unitGoal.id });
  for (const [gender, value] of [
    ['T', 40],
    ['K', 45],
    ['M', 35],
  ] as const)
    await setTarget(ctx, {
      indicatorId: indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      gender,
      kind: 'number',
      value,
    });
  const activity = await createActivity(ctx, {
    year: m.year,
    ownerOrganisationId: m.unit.id,
    goalId: unitGoal.id,
    title: 'Kartlägga praktikplatser hos företagen',
    startDate: `${m.year}-02-01`,
    endDate: `${m.year}-10-31`,
    assignedOrganisationIds: [],
  });
  const table = await createBudgetTable(ctx, m.plan.id, { title: 'Daglig verksamhet', layout: 'simple' });
  const row = await createBudgetRow(ctx, table.id, {
    label: 'Personalkostnader',
    groupKind: 'cost',
    budget: 9500,
  });
  const report = await ensureReport(ctx, { organisationId: m.unit.id, year: m.year, period: 'T1' });
  for (const [gender, value] of [
    ['T', 42],
    ['K', 41.5],
    ['M', 43],
  ] as const)
    await writeOutcome(ctx, {
      indicatorId: indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      period: 'T1',
      gender,
      value,
      status: 'preliminary',
      comment: gender === 'K' ? 'Färre kvinnor sökte praktik' : '',
    });
  await writeAssessment(ctx, report.id, { goalId: unitGoal.id, assessment: 'partly', analysis: ANALYSIS });
  await writeActivityStatus(ctx, report.id, {
    activityId: activity.id,
    status: 'started',
    comment: 'Halvvägs',
  });
  await writeForecast(ctx, report.id, {
    budgetRowId: row.id,
    forecast: 9900,
    outcome: null,
    comment: 'Vikarier under sjukfrånvaro',
  });
  return { ...m, unitGoal, indicator, activity, report };
}
