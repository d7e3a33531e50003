import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { readImportFixture, rowCounts } from '../../test/helpers/import.ts';
import { listActivities } from '../services/activity.ts';
import { verifyAuditChain } from '../services/audit.ts';
import { listBudgetTables } from '../services/budget.ts';
import { createGoal, listGoals } from '../services/goal.ts';
import { createOrganisation } from '../services/organisation.ts';
import { getPlanVisibility } from '../services/plan.ts';
import { listPlanSections } from '../services/plan-section.ts';
import { listTargets } from '../services/target.ts';
import { ensureYear } from '../services/year.ts';
import { importPlanFiles } from './import-files.ts';
import { importPlan } from './import-plan.ts';
import { isUnchanged } from './import-report.ts';
import { parsePlanText } from './parse-plan-text.ts';

const ctx = await openTestContext();
const other = await openTestContext();
const plan2025 = parsePlanText(readImportFixture('plan-2025-dnr.txt')).plans[0]!;

/** A stored council framework and board whose printed copies in the fixture have drifted. */
async function storedFramework(cityName: string) {
  await ensureYear(ctx, 2025);
  const city = await createOrganisation(ctx, { kind: 'city', name: cityName });
  const board = await createOrganisation(ctx, {
    kind: 'board',
    name: 'Västra Åsens stadsdelsnämnd',
    parentId: city.id,
  });
  const direction = await createGoal(ctx, {
    year: 2025,
    level: 'city_direction',
    organisationId: city.id,
    number: '1',
    title: 'En stad där alla kan växa och känna trygghet',
  });
  const area = await createGoal(ctx, {
    year: 2025,
    level: 'city_area',
    organisationId: city.id,
    parentId: direction.id,
    number: '1.3',
    title: 'Stödet ska  nå dem som behöver det mest.',
  });
  const boardGoal = await createGoal(ctx, {
    year: 2025,
    level: 'board',
    organisationId: board.id,
    parentId: area.id,
    title: 'Invånare med funktionsnedsättning får stöd som stärker deras sjävständighet',
    description: 'Nämnden arbetar för att stödet ska utgå från den enskildes önskemål och förmåga.',
  });
  return { city, board, direction, area, boardGoal };
}

describe('importPlan', () => {
  it('links to stored council and board goals despite drift and creates what is missing', async () => {
    const stored = await storedFramework('Åsens kommun');
    const report = await importPlan(ctx, plan2025);
    assert.equal(report.status, 'imported');
    assert.deepEqual(report.organisations.board, {
      id: stored.board.id,
      name: stored.board.name,
      created: false,
    });
    assert.equal(report.organisations.unit?.created, true);
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(report.goals).map(([k, c]) => [k, [c.recognised, c.linked, c.created]]),
      ),
      { city_direction: [2, 1, 1], city_area: [2, 1, 1], board: [2, 1, 1], unit: [2, 0, 2] },
    );
    const drift = report.warnings.filter(
      (w) => w.code === 'goal_title_drift' || w.code === 'goal_text_drift',
    );
    assert.ok(
      drift.some((w) => w.message.startsWith('Nämndmålets text skiljer sig från nämndens version (rad 87)')),
    );
    assert.ok(drift.some((w) => /Nämndmålets fält Beskrivning .*\(rad 89\)/.test(w.message)));
    const boardGoals = await listGoals(ctx, { year: 2025, organisationId: stored.board.id });
    assert.equal(boardGoals.length, 2, 'the drifted board goal is not stored twice');
    assert.equal(boardGoals[0]!.title, stored.boardGoal.title, "the board's own text is kept");
    const unitGoals = await listGoals(ctx, { year: 2025, level: 'unit' });
    assert.deepEqual(
      unitGoals.map((g) => g.parentId),
      [stored.boardGoal.id, boardGoals[1]!.id],
    );
    assert.match(unitGoals[0]!.expectedResults, /genomförandeplan/);
  });

  it('stores indicators, targets, activities, sections and visibility as printed', async () => {
    const report = await importPlan(ctx, plan2025);
    const unitId = report.organisations.unit!.id!;
    const cityId = report.organisations.city!.id!;
    assert.equal(report.counts.indicators.recognised, 7);
    const unitTargets = await listTargets(ctx, { year: 2025, organisationId: unitId });
    const printed = unitTargets.map((t) => t.printed).sort();
    assert.ok(printed.includes('92 %') && printed.includes('6,5 %'));
    const councilTargets = await listTargets(ctx, { year: 2025, organisationId: cityId });
    assert.ok(councilTargets.some((t) => t.kind === 'set_by_board' && t.printed === 'Tas fram av nämnd'));
    assert.ok(councilTargets.some((t) => t.kind === 'increase'));
    const activities = await listActivities(ctx, { year: 2025, assignedTo: unitId });
    assert.deepEqual(
      activities.map((a) => [a.startDate, a.endDate]),
      [
        ['2025-01-01', '2025-12-31'],
        ['2024-09-01', '2025-06-30'],
      ],
    );
    assert.ok(activities.every((a) => a.ownerOrganisationId === report.organisations.board!.id));
    const sections = await listPlanSections(ctx, report.planId!);
    const intro = sections.filter((s) => s.part === 'intro').map((s) => [s.heading, s.depth]);
    assert.deepEqual(intro.slice(0, 3), [
      ['Enhetens uppdrag', 1],
      ['Utvecklingsområden 2025', 1],
      ['Verksamhetsbeskrivning', 1],
    ]);
    assert.ok(sections.some((s) => s.part === 'other' && s.heading === 'Synpunkter och klagomål'));
    const visibility = await getPlanVisibility(ctx, report.planId!);
    assert.equal(visibility.goalIds.length, 6);
    assert.equal(visibility.placementIds.length, 7);
  });

  it('changes nothing when the same document is imported again', async () => {
    const before = await rowCounts(ctx);
    const report = await importPlan(ctx, plan2025);
    assert.deepEqual(await rowCounts(ctx), before);
    assert.ok(isUnchanged(report));
    assert.equal(report.goals.unit.linked, 2);
  });

  it('writes nothing on a dry run but reports what it would create', async () => {
    const other = parsePlanText(readImportFixture('plan-2020-split-labels.txt')).plans[0]!;
    const before = await rowCounts(ctx);
    const report = await importPlan(ctx, other, { dryRun: true });
    assert.equal(report.status, 'preview');
    assert.equal(report.planId, null);
    assert.ok(report.goals.board.created > 0);
    assert.deepEqual(await rowCounts(ctx), before);
  });

  it('stores budget tables with positive amounts and the layout of the printed variant', async () => {
    const { plans } = parsePlanText(readImportFixture('plan-2022-two-plans.txt'));
    const first = await importPlan(ctx, plans[0]!);
    const second = await importPlan(ctx, plans[1]!);
    const simple = await listBudgetTables(ctx, first.planId!);
    assert.equal(simple[0]!.layout, 'simple');
    assert.deepEqual(
      simple[0]!.rows.map((r) => [r.label, r.groupKind, r.budget]),
      [
        ['Intäkter', 'revenue', 12500],
        ['Löner', 'cost', 9800],
        ['Övriga kostnader', 'cost', 2700],
      ],
    );
    const perActivity = await listBudgetTables(ctx, second.planId!);
    assert.deepEqual(
      perActivity.map((t) => [t.title, t.layout, t.summary.budget.net]),
      [
        ['Barn och unga (myndighet)', 'per_activity', -13600],
        ['Familjerätt', 'per_activity', -2100],
      ],
    );
    assert.equal(second.organisations.board?.id, first.organisations.board?.id, 'both plans share one board');
  });

  it('writes nothing of a plan that fails and says why', async () => {
    await ensureYear(ctx, 2020);
    const city = (
      await ctx.db.selectFrom('organisation').selectAll().where('kind', '=', 'city').execute()
    )[0]!;
    await createGoal(ctx, {
      year: 2020,
      level: 'city_direction',
      organisationId: city.id,
      number: '1',
      title: 'Ett helt annat inriktningsmål om kollektivtrafik',
    });
    const text = readImportFixture('plan-2020-split-labels.txt');
    const before = await rowCounts(ctx);
    const result = await importPlanFiles(ctx, [{ name: 'plan-2020.txt', text }]);
    assert.deepEqual(await rowCounts(ctx), before);
    const report = result.report.plans[0]!;
    assert.equal(report.status, 'failed');
    assert.match(report.error ?? '', /finns redan för 2020 med texten/);
    assert.match(report.error ?? '', /Välj hur importen ska fortsätta/);
    assert.deepEqual([report.collision?.level, report.collision?.number], ['city_direction', '1']);

    // The person chooses: link to the stored goal, or create the plan's own goal; the stored one stays.
    const linked = await importPlanFiles(ctx, [{ name: 'plan-2020.txt', text }], {
      dryRun: true,
      onCollision: 'link',
    });
    assert.equal(linked.report.plans[0]!.status, 'preview');
    assert.ok(linked.report.plans[0]!.warnings.some((w) => w.code === 'goal_collision_linked'));
    assert.deepEqual(await rowCounts(ctx), before);
    const own = await importPlanFiles(ctx, [{ name: 'plan-2020.txt', text }], { onCollision: 'own' });
    const ownReport = own.report.plans[0]!;
    assert.equal(ownReport.status, 'imported');
    assert.ok(ownReport.warnings.some((w) => w.code === 'goal_collision_own'));
    const directions = await listGoals(ctx, { year: 2020, level: 'city_direction' });
    const numbered = directions.filter((g) => g.number === '1');
    assert.deepEqual(
      numbered.map((g) => g.title),
      ['Ett helt annat inriktningsmål om kollektivtrafik'],
    );
    assert.ok(directions.some((g) => g.number === null && g.origin === 'import'));
  });

  it('imports into a chosen unit and its board when an organisation is given', async () => {
    const m = await buildMunicipality(other, 2025);
    const report = await importPlan(other, plan2025, { organisationId: m.unit.id, year: 2026 });
    assert.equal(report.organisations.unit?.id, m.unit.id);
    assert.equal(report.organisations.board?.id, m.board.id);
    assert.ok(report.warnings.some((w) => w.code === 'year_overridden'));
    const plan = await other.db
      .selectFrom('plan')
      .selectAll()
      .where('id', '=', report.planId!)
      .executeTakeFirstOrThrow();
    assert.deepEqual([plan.organisationId, plan.year, plan.author], [m.unit.id, 2026, 'Karin Lindqvist']);
    const boardGoals = await listGoals(other, { year: 2026, level: 'board' });
    assert.ok(boardGoals.length > 0 && boardGoals.every((g) => g.organisationId === m.board.id));
  });

  it('serialises concurrent imports so the same document never creates duplicates', async () => {
    const [a, b] = await Promise.all([
      importPlan(other, plan2025, { year: 2027 }),
      importPlan(other, plan2025, { year: 2027 }),
    ]);
    assert.deepEqual([a.status, b.status], ['imported', 'imported']);
    assert.equal(a.planId, b.planId);
    assert.equal((await listGoals(other, { year: 2027 })).length, 8);
  });

  it('gives a council-level activity to the city and assigns it to the unit', async () => {
    const plan2020 = parsePlanText(readImportFixture('plan-2020-split-labels.txt')).plans[0]!;
    const report = await importPlan(other, plan2020);
    const unitId = report.organisations.unit!.id!;
    const activities = await listActivities(other, { year: 2020, assignedTo: unitId });
    const council = activities.find((a) => a.title.startsWith('Stadsdelsnämnderna ska tillsammans'));
    assert.equal(council?.ownerOrganisationId, report.organisations.city!.id);
    assert.equal(
      activities.filter((a) => a.ownerOrganisationId === report.organisations.board!.id).length,
      3,
    );
    const budget = await listBudgetTables(other, report.planId!);
    assert.deepEqual(
      [budget[0]!.layout, budget[0]!.amountUnit, budget[0]!.summary.budget],
      ['category', 'tkr', { revenue: 12700, cost: 222000, net: -209300 }],
    );
    const unplaced = (await listPlanSections(other, report.planId!)).filter((s) => s.part === 'unplaced');
    assert.ok(unplaced.some((s) => s.heading === 'Budgetruta' && s.body.includes('Enhetschef: Eva Holm')));
  });

  it('leaves a create audit row for every record it stores, written before commit in one valid chain', async () => {
    const fresh = await openTestContext();
    const report = await importPlan(fresh, plan2025);
    const planId = report.planId!;
    const stored = [
      ...(await fresh.db.selectFrom('goal').select('id').execute()),
      ...(await fresh.db.selectFrom('activity').select('id').execute()),
      ...(await fresh.db.selectFrom('planSection').select('id').where('planId', '=', planId).execute()),
      ...(await fresh.db.selectFrom('target').select('id').execute()),
      { id: planId },
    ].map((r) => r.id);
    const created = await fresh.db
      .selectFrom('auditEvent')
      .select('entityId')
      .where('action', '=', 'create')
      .execute();
    const createdIds = new Set(created.map((r) => r.entityId));
    assert.deepEqual(
      stored.filter((id) => !createdIds.has(id)),
      [],
    );
    const verdict = await verifyAuditChain(fresh);
    assert.equal(verdict.ok, true);
  });
});
