import { untyped } from '../db/untyped.ts';
import { AppError } from '../domain/errors.ts';
import { checkGoalParent } from '../domain/goal-rules.ts';
import { parseWith } from '../shared/parse.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { type YearExportFile, YearExportFile as YearExportSchema } from './import-json-schema.ts';
import { recordAudit, type VersionedTable } from './record.ts';
import { ensureYear } from './year.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports an export document. Records are matched by id: missing ones are created, changed ones updated
 * (with a new version and an audit event), identical ones left alone, so importing twice changes nothing.
 * Everything runs in one transaction: a file that fails halfway writes nothing.
 */
export async function importYearJson(ctx: Ctx, raw: unknown): Promise<Record<string, ImportCounts>> {
  // The file rewrites organisations, goals and targets of the whole municipality: an administrator's job.
  await assertCan(ctx, 'import.run', { organisationId: null });
  await assertCan(ctx, 'organisation.manage', { organisationId: null });
  const file = parseWith(YearExportSchema, raw, 'fil');
  return inTransaction(ctx, async (trx) => {
    const counts: Record<string, ImportCounts> = {};
    await ensureYear(trx, file.year, file.yearInfo.label);
    counts.organisations = await upsert(
      trx,
      'organisation',
      parentsFirst(file.organisations).map(({ parentLinks: _, ...o }) => o),
    );
    for (const org of file.organisations) await mergeParentLinks(trx, org.id, org.parentLinks);
    counts.decisions = await upsert(trx, 'decision', file.decisions);
    counts.indicators = await upsert(trx, 'indicator', file.indicators);
    checkGoals(file);
    counts.goals = await upsert(trx, 'goal', file.goals);
    counts.placements = await upsert(trx, 'placement', file.placements);
    counts.targets = await insertMissingTargets(trx, file.targets);
    counts.activities = await upsert(
      trx,
      'activity',
      file.activities.map(({ assignedOrganisationIds: _, ...a }) => a),
    );
    for (const a of file.activities)
      await replaceLinks(
        trx,
        'activityAssignment',
        'activityId',
        a.id,
        'organisationId',
        a.assignedOrganisationIds,
      );
    const plans = file.plans.map(
      ({ shownGoalIds: _g, shownPlacementIds: _p, sections: _s, budgetTables: _b, ...p }) => p,
    );
    counts.plans = await upsert(trx, 'plan', plans);
    counts.sections = await upsert(
      trx,
      'planSection',
      file.plans.flatMap((p) => p.sections),
    );
    counts.budgetTables = await upsert(
      trx,
      'budgetTable',
      file.plans.flatMap((p) => p.budgetTables.map(({ rows: _, ...t }) => t)),
    );
    counts.budgetRows = await upsert(
      trx,
      'budgetRow',
      file.plans.flatMap((p) => p.budgetTables.flatMap((t) => t.rows)),
    );
    for (const p of file.plans) {
      await replaceLinks(trx, 'planGoal', 'planId', p.id, 'goalId', p.shownGoalIds);
      await replaceLinks(trx, 'planPlacement', 'planId', p.id, 'placementId', p.shownPlacementIds);
    }
    return counts;
  });
}

async function upsert(
  ctx: Ctx,
  table: VersionedTable,
  rows: Array<Record<string, unknown> & { id: string }>,
) {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  const db = untyped(ctx.db);
  for (const row of rows) {
    const existing = await db.selectFrom(table).selectAll().where('id', '=', row.id).executeTakeFirst();
    const now = ctx.now();
    if (!existing) {
      const created = await db
        .insertInto(table)
        .values({ ...row, createdAt: now, createdBy: ctx.actor, updatedAt: now, updatedBy: ctx.actor })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(ctx, table, row.id, 'create', null, created);
      counts.created++;
    } else if (Object.keys(row).some((key) => !same(existing[key], row[key]))) {
      const updated = await db
        .updateTable(table)
        .set({ ...row, version: Number(existing.version) + 1, updatedAt: now, updatedBy: ctx.actor })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(ctx, table, row.id, 'update', existing, updated);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return counts;
}

/** Target rows are immutable revisions: only missing ones are added, history is never rewritten. */
async function insertMissingTargets(ctx: Ctx, targets: YearExportFile['targets']) {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  // Superseded revisions first so the "one current revision" index is never violated midway.
  const ordered = [...targets].sort(
    (a, b) => Number(a.supersededAt === null) - Number(b.supersededAt === null) || a.revision - b.revision,
  );
  for (const target of ordered) {
    const existing = await ctx.db
      .selectFrom('target')
      .select('id')
      .where('id', '=', target.id)
      .executeTakeFirst();
    if (existing) {
      counts.unchanged++;
      continue;
    }
    if (target.supersededAt === null) {
      await ctx.db
        .updateTable('target')
        .set({ supersededAt: ctx.now() })
        .where('indicatorId', '=', target.indicatorId)
        .where('organisationId', '=', target.organisationId)
        .where('year', '=', target.year)
        .where('gender', '=', target.gender)
        .where('supersededAt', 'is', null)
        .execute();
    }
    await ctx.db.insertInto('target').values(target).execute();
    await recordAudit(ctx, 'target', target.id, 'create', null, target);
    counts.created++;
  }
  return counts;
}

async function replaceLinks(
  ctx: Ctx,
  table: 'activityAssignment' | 'planGoal' | 'planPlacement',
  ownerKey: string,
  ownerId: string,
  linkKey: string,
  ids: string[],
) {
  const db = untyped(ctx.db);
  const current = (await db.selectFrom(table).select(linkKey).where(ownerKey, '=', ownerId).execute())
    .map((r) => String(r[linkKey]))
    .sort();
  const wanted = [...new Set(ids)].sort();
  if (current.join() === wanted.join()) return;
  await db.deleteFrom(table).where(ownerKey, '=', ownerId).execute();
  if (wanted.length)
    await db
      .insertInto(table)
      .values(wanted.map((id) => ({ [ownerKey]: ownerId, [linkKey]: id })))
      .execute();
  await recordAudit(ctx, table, ownerId, 'update', current, wanted);
}

/** Adds or updates the file's placements of an organisation; placements in other years are left alone. */
async function mergeParentLinks(
  ctx: Ctx,
  organisationId: string,
  links: YearExportFile['organisations'][number]['parentLinks'],
) {
  for (const link of links) {
    const existing = await ctx.db
      .selectFrom('organisationParent')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .where('validFrom', '=', link.validFrom)
      .executeTakeFirst();
    if (existing && existing.parentId === link.parentId && existing.validTo === link.validTo) continue;
    if (existing) {
      await ctx.db
        .updateTable('organisationParent')
        .set({ parentId: link.parentId, validTo: link.validTo })
        .where('organisationId', '=', organisationId)
        .where('validFrom', '=', link.validFrom)
        .execute();
    } else {
      await ctx.db
        .insertInto('organisationParent')
        .values({ organisationId, ...link })
        .execute();
    }
    await recordAudit(
      ctx,
      'organisationParent',
      organisationId,
      existing ? 'update' : 'create',
      existing ?? null,
      link,
    );
  }
}

function parentsFirst<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (row: T, depth: number) => {
    if (seen.has(row.id)) return;
    if (depth > 50) throw new AppError('INVALID', 'Organisationsträdet i filen innehåller en cirkel.');
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) visit(parent, depth + 1);
    seen.add(row.id);
    out.push(row);
  };
  for (const row of rows) visit(row, 0);
  return out;
}

function checkGoals(file: YearExportFile) {
  const goals = new Map(file.goals.map((g) => [g.id, g]));
  const orgs = new Map(file.organisations.map((o) => [o.id, o]));
  // The board a goal's organisation belonged to in the goal's year, from the file's placements.
  const parentIn = (org: (typeof file.organisations)[number], year: number) => {
    const links = org.parentLinks.filter(
      (l) => l.validFrom <= `${year}-12-31` && (l.validTo === null || l.validTo >= `${year}-01-01`),
    );
    return links.length ? links[links.length - 1]!.parentId : org.parentId;
  };
  const boardOf = (orgId: string, year: number): string | null => {
    let org = orgs.get(orgId);
    for (let i = 0; org && i < 20; i++) {
      if (org.kind === 'board') return org.id;
      const parentId = parentIn(org, year);
      org = parentId ? orgs.get(parentId) : undefined;
    }
    return null;
  };
  for (const goal of file.goals) {
    const parent = goal.parentId ? goals.get(goal.parentId) : null;
    if (goal.parentId && !parent) {
      throw new AppError(
        'INVALID',
        `Målet "${goal.title}" hänvisar till ett överordnat mål som saknas i filen.`,
      );
    }
    try {
      checkGoalParent(goal, parent ?? null, boardOf(goal.organisationId, goal.year));
    } catch (error) {
      throw new AppError('INVALID', `Målet "${goal.title}": ${(error as Error).message}`);
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date) return a.toISOString() === new Date(b as string).toISOString();
  return a === b || (a == null && b == null);
}
