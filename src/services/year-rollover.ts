import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { GOAL_LEVELS } from '../domain/vocabulary.ts';
import type { RolloverGoalChoice, RolloverInput } from '../shared/schemas/year-rollover.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

export interface RolloverReport {
  from: number;
  to: number;
  dryRun: boolean;
  goals: number;
  /** Goals carried with the new title chosen for them. */
  changedGoals: number;
  /** Goals left behind by choice (their sub-goals are skipped too). */
  droppedGoals: number;
  /** Targets carried as proposals to confirm. */
  targets: number;
  placements: number;
  plans: number;
  sections: number;
  budgetTables: number;
  budgetRows: number;
  /** Goals and plans not carried because their organisation is closed in the new year. */
  skipped: { kind: 'goal' | 'plan'; title: string; reason: string }[];
}

const AUDIT_COLUMNS = ['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'] as const;

type Carried<T> = Omit<T, (typeof AUDIT_COLUMNS)[number]> & {
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
};

/** A row's content without its identity and bookkeeping, stamped as created now by the actor. */
function carry<T extends object>(row: T, ctx: Ctx): Carried<T> {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const c of AUDIT_COLUMNS) delete out[c];
  const now = ctx.now();
  return { ...out, createdAt: now, createdBy: ctx.actor, updatedAt: now, updatedBy: ctx.actor } as Carried<T>;
}

/**
 * "Nytt planeringsår": copies year `from`'s goal chain (council, board and unit goals, linked to their
 * origin by lineage_id), the indicators' placements and the operational plans (text, sections, budget
 * tables) into year `to` as drafts. Year `from` is only read. A year that already has goals is refused,
 * so running it twice changes nothing. A dry run does everything in a transaction and rolls it back.
 */
export async function rolloverYear(ctx: Ctx, input: RolloverInput) {
  const { from, to } = input;
  await assertCan(ctx, 'year.manage', { organisationId: null });
  if (to <= from)
    throw new AppError('INVALID', `Det nya året (${to}) måste komma efter ${from}.`, {
      fields: { to: 'Välj ett senare år.' },
    });
  const rollback = new Error('dry run');
  let report: RolloverReport | undefined;
  try {
    await inTransaction(ctx, async (trx) => {
      report = await copyYear(trx, from, to, Boolean(input.dryRun), input.goals ?? []);
      if (input.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return report!;
}

async function copyYear(
  ctx: Ctx,
  from: number,
  to: number,
  dryRun: boolean,
  choiceList: RolloverGoalChoice[],
): Promise<RolloverReport> {
  const db = ctx.db as Kysely<Database>;
  const existing = await db.selectFrom('goal').select('id').where('year', '=', to).executeTakeFirst();
  if (existing)
    throw new AppError(
      'CONFLICT',
      `År ${to} har redan mål, så det skapas inte om från ${from}. Öppna ${to} och fortsätt där, eller välj ett annat år.`,
    );
  const goals = await db.selectFrom('goal').selectAll().where('year', '=', from).execute();
  if (goals.length === 0)
    throw new AppError('INVALID', `År ${from} har inga mål att föra över. Välj året som har mål.`, {
      fields: { from: 'Inga mål detta år.' },
    });
  const choices = checkChoices(choiceList, goals);
  await ensureYear(ctx, to);
  const openOrgs = new Set(
    (
      await db
        .selectFrom('organisation')
        .select('id')
        .where('validFrom', '<=', `${to}-12-31`)
        .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', `${to}-01-01`)]))
        .execute()
    ).map((o) => o.id),
  );
  const report: RolloverReport = {
    from,
    to,
    dryRun,
    goals: 0,
    changedGoals: 0,
    droppedGoals: 0,
    targets: 0,
    placements: 0,
    plans: 0,
    sections: 0,
    budgetTables: 0,
    budgetRows: 0,
    skipped: [],
  };

  // Parents before children: each level's goals hang under goals already carried.
  const goalMap = new Map<string, string>();
  const byLevel = [...goals].sort((a, b) => GOAL_LEVELS.indexOf(a.level) - GOAL_LEVELS.indexOf(b.level));
  for (const level of GOAL_LEVELS) {
    const batch = byLevel.filter((g) => g.level === level);
    const carried = batch.filter((g) => {
      if (choices.get(g.id)?.action === 'drop') {
        report.droppedGoals++;
        return false;
      }
      const ok = openOrgs.has(g.organisationId) && (!g.parentId || goalMap.has(g.parentId));
      if (!ok)
        report.skipped.push({
          kind: 'goal',
          title: g.title,
          reason: openOrgs.has(g.organisationId)
            ? 'det överordnade målet fördes inte över'
            : `organisationen finns inte ${to}`,
        });
      return ok;
    });
    if (carried.length === 0) continue;
    for (const g of carried) goalMap.set(g.id, randomUUID());
    await insertChunked(
      carried.map((g) => ({
        ...carry(g, ctx),
        id: goalMap.get(g.id)!,
        year: to,
        parentId: g.parentId ? goalMap.get(g.parentId)! : null,
        title: choices.get(g.id)?.action === 'change' ? choices.get(g.id)!.title! : g.title,
      })),
      (slice) => db.insertInto('goal').values(slice).execute(),
    );
    report.goals += carried.length;
    report.changedGoals += carried.filter((g) => choices.get(g.id)?.action === 'change').length;
  }

  const placementMap = new Map<string, string>();
  const placements = await db
    .selectFrom('placement')
    .selectAll()
    .where('goalId', 'in', [...goalMap.keys()])
    .execute();
  for (const p of placements) placementMap.set(p.id, randomUUID());
  await insertChunked(
    placements.map((p) => ({
      ...carry(p, ctx),
      id: placementMap.get(p.id)!,
      goalId: goalMap.get(p.goalId)!,
    })),
    (slice) => db.insertInto('placement').values(slice).execute(),
  );
  report.placements = placements.length;
  report.targets = await carryTargets(ctx, from, to, openOrgs, [
    ...new Set(placements.map((p) => p.indicatorId)),
  ]);

  await copyPlans(ctx, from, to, openOrgs, goalMap, placementMap, report);
  await recordAudit(ctx, 'planningYear', String(to), 'create', { rolloverFrom: from }, report);
  return report;
}

async function copyPlans(
  ctx: Ctx,
  from: number,
  to: number,
  openOrgs: Set<string>,
  goalMap: Map<string, string>,
  placementMap: Map<string, string>,
  report: RolloverReport,
) {
  const db = ctx.db as Kysely<Database>;
  const plans = await db
    .selectFrom('plan')
    .selectAll()
    .where('year', '=', from)
    .where('kind', '=', 'plan')
    .execute();
  for (const plan of plans) {
    if (!openOrgs.has(plan.organisationId)) {
      report.skipped.push({
        kind: 'plan',
        title: plan.title || plan.organisationId,
        reason: `organisationen finns inte ${to}`,
      });
      continue;
    }
    const { decisionId: _decision, ...rest } = plan;
    const created = await db
      .insertInto('plan')
      .values({
        ...carry(rest, ctx),
        year: to,
        status: 'draft',
        documentDate: null,
        dnr: '',
        title: plan.title.replaceAll(String(from), String(to)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    report.plans++;
    const sections = await db.selectFrom('planSection').selectAll().where('planId', '=', plan.id).execute();
    if (sections.length) {
      await db
        .insertInto('planSection')
        .values(sections.map((s) => ({ ...carry(s, ctx), planId: created.id })))
        .execute();
      report.sections += sections.length;
    }
    const planGoals = await db.selectFrom('planGoal').selectAll().where('planId', '=', plan.id).execute();
    const linkedGoals = planGoals.filter((pg) => goalMap.has(pg.goalId));
    if (linkedGoals.length)
      await db
        .insertInto('planGoal')
        .values(linkedGoals.map((pg) => ({ planId: created.id, goalId: goalMap.get(pg.goalId)! })))
        .execute();
    const planPlacements = await db
      .selectFrom('planPlacement')
      .selectAll()
      .where('planId', '=', plan.id)
      .execute();
    const linkedPlacements = planPlacements.filter((pp) => placementMap.has(pp.placementId));
    if (linkedPlacements.length)
      await db
        .insertInto('planPlacement')
        .values(
          linkedPlacements.map((pp) => ({
            planId: created.id,
            placementId: placementMap.get(pp.placementId)!,
          })),
        )
        .execute();
    const tables = await db.selectFrom('budgetTable').selectAll().where('planId', '=', plan.id).execute();
    for (const table of tables) {
      const newTable = await db
        .insertInto('budgetTable')
        .values({ ...carry(table, ctx), planId: created.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      report.budgetTables++;
      const rows = await db
        .selectFrom('budgetRow')
        .selectAll()
        .where('budgetTableId', '=', table.id)
        .execute();
      if (rows.length) {
        // The new year's budget starts from last year's; outcome and forecast belong to the old year.
        await db
          .insertInto('budgetRow')
          .values(
            rows.map((r) => ({
              ...carry(r, ctx),
              budgetTableId: newTable.id,
              forecast: null,
              outcome: null,
            })),
          )
          .execute();
        report.budgetRows += rows.length;
      }
    }
  }
}

/** Each choice must name a goal of the old year; a changed goal needs its new title. */
function checkChoices(list: RolloverGoalChoice[], goals: { id: string; title: string }[]) {
  const known = new Set(goals.map((g) => g.id));
  for (const choice of list) {
    if (!known.has(choice.goalId))
      throw new AppError(
        'INVALID',
        `Målet ${choice.goalId} finns inte i året som förs över. Ladda om sidan.`,
        {
          fields: { goals: 'Okänt mål.' },
        },
      );
    if (choice.action === 'change' && !choice.title)
      throw new AppError('INVALID', 'Skriv den nya lydelsen för målet som ska ändras, eller välj Behåll.', {
        fields: { [`goal-${choice.goalId}`]: 'Skriv den nya lydelsen.' },
      });
  }
  return new Map(list.map((c) => [c.goalId, c]));
}

/**
 * Last year's targets for the indicators still placed, as proposals: the plan editor asks someone to
 * confirm each (or set a new value) before the plan is complete.
 */
async function carryTargets(
  ctx: Ctx,
  from: number,
  to: number,
  openOrgs: Set<string>,
  indicatorIds: string[],
) {
  if (indicatorIds.length === 0) return 0;
  const db = ctx.db as Kysely<Database>;
  const targets = await db
    .selectFrom('target')
    .selectAll()
    .where('year', '=', from)
    .where('supersededAt', 'is', null)
    .where('removed', '=', false)
    .where('indicatorId', 'in', indicatorIds)
    .execute();
  const carried = targets.filter((t) => openOrgs.has(t.organisationId));
  const now = ctx.now();
  for (let i = 0; i < carried.length; i += 500) {
    await db
      .insertInto('target')
      .values(
        carried.slice(i, i + 500).map(({ id: _id, ...t }) => ({
          ...t,
          year: to,
          revision: 1,
          decisionId: null,
          proposed: true,
          createdAt: now,
          createdBy: ctx.actor,
        })),
      )
      .execute();
  }
  return carried.length;
}

/** Bulk inserts in slices, keeping each statement well under PostgreSQL's 65,535 parameters. */
async function insertChunked<R>(rows: R[], insert: (slice: R[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}
