import { sql } from 'kysely';
import type { OrganisationRow } from '../db/schema.ts';
import type { Ctx } from './context.ts';
import { memoOf } from './transaction-memo.ts';

export type OrgNode = Pick<OrganisationRow, 'id' | 'parentId' | 'kind' | 'name'>;

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/**
 * The organisation (or a plan's organisation) and its ancestors as they stood in a year, nearest first,
 * in one recursive query. Without a year (and without a plan to take it from) the current tree is used.
 * Within a year with a move, the latest placement counts: the plan is written for where the unit ends up.
 */
export async function listAncestors(
  ctx: Ctx,
  start: { organisationId: string; year?: number } | { planId: string },
): Promise<OrgNode[]> {
  const first =
    'planId' in start
      ? sql`select o.id, o.kind, o.name, 0 as depth, p.year from organisation o
            join plan p on p.organisation_id = o.id where p.id = ${start.planId}`
      : sql`select o.id, o.kind, o.name, 0 as depth, ${start.year ?? null}::int as year
            from organisation o where o.id = ${start.organisationId}`;
  const result = await sql<OrgNode & { depth: number }>`
    with recursive chain as (
      ${first}
      union all
      select o.id, o.kind, o.name, c.depth + 1, c.year
      from chain c
      join lateral (
        select op.parent_id from organisation_parent op
        where op.organisation_id = c.id
          and (c.year is null and op.valid_to is null
               or op.valid_from <= make_date(c.year, 12, 31) and (op.valid_to is null or op.valid_to >= make_date(c.year, 1, 1)))
        order by op.valid_from desc limit 1
      ) link on true
      join organisation o on o.id = link.parent_id
      where c.depth < 20
    )
    select id, kind, name, depth from chain order by depth`.execute(ctx.db);
  const rows = result.rows;
  return rows.map((row, i) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    parentId: rows[i + 1]?.id ?? null,
  }));
}

/** The board an organisation belonged to in a year: itself for a board, the nearest board above otherwise. */
export async function findBoardOf(
  ctx: Ctx,
  organisationId: string,
  year?: number,
): Promise<OrganisationRow | undefined> {
  const memo = memoOf(ctx.db);
  const key = `${organisationId}/${year ?? ''}`;
  if (memo?.boards.has(key)) return memo.boards.get(key);
  const chain = await listAncestors(ctx, { organisationId, year });
  const board = chain.find((o) => o.kind === 'board');
  const row = board
    ? await ctx.db.selectFrom('organisation').selectAll().where('id', '=', board.id).executeTakeFirst()
    : undefined;
  memo?.boards.set(key, row);
  return row;
}

/** Each organisation's parent as of a year (the latest placement overlapping it). */
export async function listParentsInYear(ctx: Ctx, year: number): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom('organisationParent')
    .select(['organisationId', 'parentId', 'validFrom'])
    .where('validFrom', '<=', yearEnd(year))
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', yearStart(year))]))
    .orderBy('validFrom')
    .execute();
  return new Map(rows.map((r) => [r.organisationId, r.parentId]));
}

/**
 * Records that an organisation sits under a new parent from a date: placements from that date on are replaced,
 * earlier ones end the day before, so a past year keeps the tree it had.
 */
export async function moveOrganisation(
  ctx: Ctx,
  organisationId: string,
  parentId: string | null,
  from: string,
) {
  memoOf(ctx.db)?.boards.clear();
  await ctx.db
    .deleteFrom('organisationParent')
    .where('organisationId', '=', organisationId)
    .where('validFrom', '>=', from)
    .execute();
  await ctx.db
    .updateTable('organisationParent')
    .set({ validTo: dayBefore(from) })
    .where('organisationId', '=', organisationId)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]))
    .execute();
  if (parentId)
    await ctx.db
      .insertInto('organisationParent')
      .values({ organisationId, parentId, validFrom: from })
      .execute();
}

export async function listParentLinks(ctx: Ctx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return ctx.db
    .selectFrom('organisationParent')
    .selectAll()
    .where('organisationId', 'in', organisationIds)
    .orderBy('organisationId')
    .orderBy('validFrom')
    .execute();
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
