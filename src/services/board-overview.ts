// A board's view of its units' plans for a year (status, last change, what is missing) and of its goals
// (which unit goals answer each, which none does); the city sees the same for every board.
import { sql } from 'kysely';
import type { GoalRow, OrganisationRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { BoardOverview, BoardSummary, UnitPlanRow } from '../shared/schemas/board-overview.ts';
import type { Ctx } from './context.ts';
import { getOrganisation, listOrganisations } from './organisation.ts';

export async function buildBoardOverview(
  ctx: Ctx,
  organisationId: string,
  year: number,
): Promise<BoardOverview> {
  const org = await getOrganisation(ctx, organisationId);
  if (org.kind !== 'board' && org.kind !== 'city')
    throw new AppError(
      'INVALID',
      `Översikten finns för nämnder och för kommunen; ${org.name} är ingen av dem. Välj nämnden ovanför.`,
      { fields: { organisationId: 'Välj en nämnd eller kommunen.' } },
    );
  const orgs = await listOrganisations(ctx, { year });
  const children = new Map<string, OrganisationRow[]>();
  for (const o of orgs) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  const below = (id: string): OrganisationRow[] =>
    (children.get(id) ?? []).flatMap((c) => (c.kind === 'board' ? [] : [c, ...below(c.id)]));
  const boards =
    org.kind === 'board' ? [org] : orgs.filter((o) => o.kind === 'board' && isUnder(o, org.id, orgs));
  const unitsOf = new Map(boards.map((b) => [b.id, below(b.id)]));
  const ids = [...boards.map((b) => b.id), ...[...unitsOf.values()].flat().map((u) => u.id)];
  const facts = await loadFacts(ctx, ids, year);
  return {
    organisationId: org.id,
    name: org.name,
    kind: org.kind,
    year,
    boards: boards.map((b) => summarise(b, unitsOf.get(b.id) ?? [], facts)),
  };
}

function isUnder(o: OrganisationRow, rootId: string, orgs: OrganisationRow[]): boolean {
  const byId = new Map(orgs.map((x) => [x.id, x]));
  let current: OrganisationRow | undefined = o;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current.parentId === rootId) return true;
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return false;
}

type Facts = Awaited<ReturnType<typeof loadFacts>>;

/** Plans, goals and proposal counts for all the organisations at once (three queries, not per unit). */
async function loadFacts(ctx: Ctx, ids: string[], year: number) {
  if (ids.length === 0) return { plans: [], goals: [] as GoalRow[], proposals: new Map<string, number>() };
  const [plans, goals, proposals] = await Promise.all([
    ctx.db
      .selectFrom('plan')
      .select(['id', 'organisationId', 'status', 'updatedAt'])
      .select(
        sql<Date | null>`(select max(s.updated_at) from plan_section s where s.plan_id = plan.id)`.as(
          'sectionChange',
        ),
      )
      .where('year', '=', year)
      .where('kind', '=', 'plan')
      .where('organisationId', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('goal')
      .selectAll()
      .where('year', '=', year)
      .where('level', 'in', ['board', 'unit'])
      .where('organisationId', 'in', ids)
      .orderBy('sortOrder')
      .orderBy('number')
      .execute(),
    ctx.db
      .selectFrom('target')
      .select(['organisationId', (eb) => eb.fn.countAll<string>().as('n')])
      .where('year', '=', year)
      .where('proposed', '=', true)
      .where('supersededAt', 'is', null)
      .where('removed', '=', false)
      .where('organisationId', 'in', ids)
      .groupBy('organisationId')
      .execute(),
  ]);
  return { plans, goals, proposals: new Map(proposals.map((p) => [p.organisationId, Number(p.n)])) };
}

const latest = (...dates: (Date | string | null | undefined)[]): Date | null => {
  const times = dates.filter((d): d is Date | string => Boolean(d)).map((d) => new Date(d).getTime());
  return times.length ? new Date(Math.max(...times)) : null;
};

function summarise(board: OrganisationRow, units: OrganisationRow[], facts: Facts): BoardSummary {
  const boardGoals = facts.goals.filter((g) => g.organisationId === board.id && g.level === 'board');
  const unitGoals = facts.goals.filter((g) => g.level === 'unit');
  const names = new Map(units.map((u) => [u.id, u.name]));
  const boardPlan = facts.plans.find((p) => p.organisationId === board.id);
  const rows: UnitPlanRow[] = units.map((unit) => {
    const plan = facts.plans.find((p) => p.organisationId === unit.id);
    const own = unitGoals.filter((g) => g.organisationId === unit.id);
    const answered = new Set(own.map((g) => g.parentId));
    return {
      organisationId: unit.id,
      name: unit.name,
      kind: unit.kind,
      planId: plan?.id ?? null,
      status: plan?.status ?? null,
      lastChange: plan
        ? (latest(plan.updatedAt, plan.sectionChange, ...own.map((g) => g.updatedAt))?.toISOString() ?? null)
        : null,
      unitGoals: own.length,
      boardGoalsUnanswered: plan ? boardGoals.filter((g) => !answered.has(g.id)).length : boardGoals.length,
      proposedTargets: facts.proposals.get(unit.id) ?? 0,
    };
  });
  return {
    boardId: board.id,
    name: board.name,
    plan: boardPlan
      ? {
          id: boardPlan.id,
          status: boardPlan.status,
          lastChange: latest(boardPlan.updatedAt, boardPlan.sectionChange)!.toISOString(),
        }
      : null,
    units: rows,
    goals: boardGoals.map((g) => ({
      goalId: g.id,
      number: g.number,
      title: g.title,
      answeredBy: unitGoals
        .filter((u) => u.parentId === g.id && names.has(u.organisationId))
        .map((u) => ({
          goalId: u.id,
          title: u.title,
          organisationId: u.organisationId,
          organisationName: names.get(u.organisationId)!,
        })),
    })),
  };
}
