import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { recordAudit } from './record.ts';

export interface DemoRemoval {
  organisations: number;
  goals: number;
  indicators: number;
  activities: number;
  plans: number;
  targets: number;
  decisions: number;
}

/**
 * "Börja med egen kommun": deletes the demo municipality (origin = 'demo') and what hangs only on it,
 * in one transaction. The municipality's own organisations, goals and imports stay; if any of them sits
 * under a demo organisation or goal, nothing is deleted and the message says which to move first.
 */
export async function removeDemoData(ctx: Ctx): Promise<DemoRemoval> {
  await assertCan(ctx, 'municipality.manage', { organisationId: null });
  return inTransaction(ctx, async (trx) => {
    const db = trx.db;
    const orgIds = await ids(db.selectFrom('organisation').select('id').where('origin', '=', 'demo'));
    if (orgIds.length === 0) throw new AppError('CONFLICT', 'Det finns inga demodata kvar att ta bort.');
    const goalIds = await ids(
      db
        .selectFrom('goal')
        .select('id')
        .where((eb) => eb.or([eb('origin', '=', 'demo'), eb('organisationId', 'in', orgIds)])),
    );
    await refuseOwnDataUnderDemo(db, orgIds, goalIds);
    if (trx.principal) await refuseWithoutOwnAdmin(db);

    const indicatorIds = await ids(
      db
        .selectFrom('indicator')
        .select('id')
        .where((eb) => eb.or([eb('origin', '=', 'demo'), eb('ownerOrganisationId', 'in', orgIds)])),
    );
    const targetWhere = (eb: ExpressionBuilder<Database, 'target'>) =>
      eb.or([
        eb('organisationId', 'in', orgIds),
        ...(indicatorIds.length ? [eb('indicatorId', 'in', indicatorIds)] : []),
      ]);
    const decisionIds = (
      await db.selectFrom('target').select('decisionId').distinct().where(targetWhere).execute()
    )
      .map((r) => r.decisionId)
      .filter((id): id is string => id !== null);

    // The demo's decided copies go with the demo (a real plan's snapshot is never deleted: the plan cannot be).
    await db
      .deleteFrom('planSnapshot')
      .where('planId', 'in', (eb) =>
        eb
          .selectFrom('plan')
          .select('id')
          .where((w) => w.or([w('origin', '=', 'demo'), w('organisationId', 'in', orgIds)])),
      )
      .execute();
    const plans = await db
      .deleteFrom('plan')
      .where((eb) => eb.or([eb('origin', '=', 'demo'), eb('organisationId', 'in', orgIds)]))
      .executeTakeFirst();
    await db.deleteFrom('activityAssignment').where('organisationId', 'in', orgIds).execute();
    const activities = await db
      .deleteFrom('activity')
      .where((eb) =>
        eb.or([
          eb('origin', '=', 'demo'),
          eb('ownerOrganisationId', 'in', orgIds),
          ...(goalIds.length ? [eb('goalId', 'in', goalIds)] : []),
        ]),
      )
      .executeTakeFirst();
    const targets = await db.deleteFrom('target').where(targetWhere).executeTakeFirst();
    if (goalIds.length) await db.deleteFrom('placement').where('goalId', 'in', goalIds).execute();
    if (indicatorIds.length) await db.deleteFrom('indicator').where('id', 'in', indicatorIds).execute();
    await deleteLeavesFirst(db, 'goal', goalIds);
    // Demo accounts go with the demo (their sessions, roles and tokens cascade), so one-click sign-in ends.
    await db.deleteFrom('userAccount').where('origin', '=', 'demo').execute();
    await db.deleteFrom('organisationParent').where('organisationId', 'in', orgIds).execute();
    await deleteLeavesFirst(db, 'organisation', orgIds);
    let decisions = 0;
    if (decisionIds.length) {
      const stillUsed = new Set(
        (
          await db.selectFrom('target').select('decisionId').where('decisionId', 'in', decisionIds).execute()
        ).map((r) => r.decisionId),
      );
      const unused = decisionIds.filter((id) => !stillUsed.has(id));
      if (unused.length)
        decisions = Number(
          (await db.deleteFrom('decision').where('id', 'in', unused).executeTakeFirst()).numDeletedRows,
        );
    }

    // Marks the install as the municipality's own, so a restart does not load the demo again.
    const now = trx.now();
    await db
      .insertInto('municipality')
      .values({ createdAt: now, createdBy: trx.actor, updatedAt: now, updatedBy: trx.actor })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    const result: DemoRemoval = {
      organisations: orgIds.length,
      goals: goalIds.length,
      indicators: indicatorIds.length,
      activities: Number(activities.numDeletedRows),
      plans: Number(plans.numDeletedRows),
      targets: Number(targets.numDeletedRows),
      decisions,
    };
    await recordAudit(trx, 'demo', 'demo', 'delete', result, null);
    return result;
  });
}

async function ids(query: { execute: () => Promise<{ id: string }[]> }): Promise<string[]> {
  return (await query.execute()).map((r) => r.id);
}

async function refuseOwnDataUnderDemo(db: Kysely<Database>, orgIds: string[], goalIds: string[]) {
  const orgs = await db
    .selectFrom('organisation')
    .select('name')
    .where('origin', '!=', 'demo')
    .where((eb) =>
      eb.or([
        eb('parentId', 'in', orgIds),
        eb(
          'id',
          'in',
          eb.selectFrom('organisationParent').select('organisationId').where('parentId', 'in', orgIds),
        ),
      ]),
    )
    .execute();
  const goals = goalIds.length
    ? await db
        .selectFrom('goal')
        .select('title')
        .where('parentId', 'in', goalIds)
        .where('id', 'not in', goalIds)
        .execute()
    : [];
  if (orgs.length === 0 && goals.length === 0) return;
  const names = [...orgs.map((o) => o.name), ...goals.map((g) => g.title)];
  throw new AppError(
    'CONFLICT',
    `Egna uppgifter ligger under demokommunen: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` och ${names.length - 5} till` : ''}. Flytta dem till din egen organisation (eller ta bort dem) och försök igen; inget har tagits bort.`,
    { blocking: names },
  );
}

/** The demo accounts go with the demo: without an own admin account nobody could sign in afterwards. */
async function refuseWithoutOwnAdmin(db: Kysely<Database>) {
  const own = await db
    .selectFrom('userAccount')
    .innerJoin('userRole', 'userRole.userId', 'userAccount.id')
    .select('userAccount.id')
    .where('userAccount.origin', '!=', 'demo')
    .where('userAccount.disabledAt', 'is', null)
    .where('userRole.role', '=', 'admin')
    .where('userRole.organisationId', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (own) return;
  throw new AppError(
    'CONFLICT',
    'Skapa först ett eget administratörskonto (sidan Konton, eller `npx malkedja users add`): demokontona tas bort med demon, och utan ett eget konto kan ingen logga in efteråt. Inget har tagits bort.',
  );
}

/**
 * Parents are referenced with ON DELETE RESTRICT, so children go first, level by level. Both tables have
 * id and parent_id, so the queries are typed as the goal table's (the SQL names the table given).
 */
async function deleteLeavesFirst(db: Kysely<Database>, table: 'goal' | 'organisation', idList: string[]) {
  let remaining = idList;
  while (remaining.length) {
    const parents = new Set(
      (
        await db
          .selectFrom(table as 'goal')
          .select('parentId')
          .where('id', 'in', remaining)
          .where('parentId', 'is not', null)
          .execute()
      ).map((r) => r.parentId),
    );
    const leaves = remaining.filter((id) => !parents.has(id));
    if (leaves.length === 0) throw new Error(`Cycle in ${table} parents`);
    await db
      .deleteFrom(table as 'goal')
      .where('id', 'in', leaves)
      .execute();
    const gone = new Set(leaves);
    remaining = remaining.filter((id) => !gone.has(id));
  }
}
