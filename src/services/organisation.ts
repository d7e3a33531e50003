import type { OrganisationRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { Reorder } from '../shared/schemas/common.ts';
import type { OrganisationInput, OrganisationPatch } from '../shared/schemas/organisation.ts';
import { ORG_KIND_LABEL, type OrgKind } from '../shared/vocabulary.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { findBoardOf, listParentsInYear, moveOrganisation } from './organisation-tree.ts';
import { deleteRecord, getRecord, insertRecord, reorderRecords, updateRecord } from './record.ts';

export { findBoardOf };

/** Which parent kinds each kind may hang under; the city is the single root. */
export const PARENT_KINDS: Record<OrgKind, OrgKind[]> = {
  city: [],
  board: ['city'],
  department: ['board', 'department'],
  unit: ['board', 'department'],
  team: ['unit'],
};

const kindLabel = (kind: OrgKind) => ORG_KIND_LABEL[kind].toLowerCase();

/** With a year: the organisations valid that year, each under the parent it had then. */
export async function listOrganisations(
  ctx: Ctx,
  filter: { year?: number } = {},
): Promise<OrganisationRow[]> {
  const query = ctx.db.selectFrom('organisation').selectAll().orderBy('sortOrder').orderBy('name');
  if (filter.year === undefined) return query.execute();
  const valid = query
    .where('validFrom', '<=', `${filter.year}-12-31`)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', `${filter.year}-01-01`)]));
  const [rows, parents] = await Promise.all([valid.execute(), listParentsInYear(ctx, filter.year)]);
  return rows.map((row) => ({ ...row, parentId: parents.get(row.id) ?? null }));
}

export async function getOrganisation(ctx: Ctx, id: string): Promise<OrganisationRow> {
  return getRecord(ctx.db, 'organisation', id);
}

export async function createOrganisation(ctx: Ctx, input: OrganisationInput): Promise<OrganisationRow> {
  return inTransaction(ctx, async (trx) => {
    // A new organisation is managed where it will hang; a new root needs the whole municipality.
    await assertCan(trx, 'organisation.manage', { organisationId: input.parentId ?? null });
    await checkParent(trx, input.kind, input.parentId ?? null);
    const row: OrganisationRow = await insertRecord(trx, 'organisation', {
      ...input,
      parentId: input.parentId ?? null,
    });
    if (row.parentId) await moveOrganisation(trx, row.id, row.parentId, row.validFrom);
    return row;
  });
}

export async function updateOrganisation(ctx: Ctx, id: string, patch: OrganisationPatch) {
  return inTransaction(ctx, async (trx) => {
    const current = await getOrganisation(trx, id);
    await assertCan(trx, 'organisation.manage', { organisationId: id });
    if (patch.parentId) await assertCan(trx, 'organisation.manage', { organisationId: patch.parentId });
    const { version, movedOn, ...values } = patch;
    if (values.kind !== undefined || values.parentId !== undefined) {
      const parentId = values.parentId === undefined ? current.parentId : values.parentId;
      if (parentId === id) throw parentError('En organisation kan inte ligga under sig själv.');
      await checkParent(trx, values.kind ?? current.kind, parentId);
    }
    const updated = await updateRecord(trx, 'organisation', id, version, values);
    if (values.parentId !== undefined && values.parentId !== current.parentId) {
      // A move takes effect from the given date (default today); earlier years keep the old parent.
      await moveOrganisation(trx, id, values.parentId, movedOn ?? trx.now().toISOString().slice(0, 10));
    }
    return updated;
  });
}

export async function deleteOrganisation(ctx: Ctx, id: string, version?: number) {
  return inTransaction(ctx, async (trx) => {
    await assertCan(trx, 'organisation.manage', { organisationId: id });
    const child = await trx.db
      .selectFrom('organisation')
      .select('id')
      .where('parentId', '=', id)
      .executeTakeFirst();
    if (child)
      throw new AppError(
        'CONFLICT',
        'Organisationen har underliggande enheter. Flytta eller ta bort dem först.',
      );
    const goal = await trx.db
      .selectFrom('goal')
      .select('id')
      .where('organisationId', '=', id)
      .executeTakeFirst();
    const plan = await trx.db
      .selectFrom('plan')
      .select('id')
      .where('organisationId', '=', id)
      .executeTakeFirst();
    if (goal || plan) {
      throw new AppError(
        'CONFLICT',
        'Organisationen har mål eller planer. Sätt ett slutdatum (giltig till) i stället för att ta bort den.',
      );
    }
    return deleteRecord(trx, 'organisation', id, version);
  });
}

async function checkParent(ctx: Ctx, kind: OrgKind, parentId: string | null) {
  const allowed = PARENT_KINDS[kind];
  if (!parentId) {
    if (allowed.length > 0)
      throw parentError(
        `En ${kindLabel(kind)} måste ligga under en ${allowed.map((k) => kindLabel(k)).join(' eller ')}.`,
      );
    return;
  }
  const parent = await getOrganisation(ctx, parentId);
  if (!allowed.includes(parent.kind)) {
    const wanted = allowed.length
      ? allowed.map((k) => kindLabel(k)).join(' eller ')
      : 'ingen annan organisation';
    throw parentError(
      `En ${kindLabel(kind)} kan inte ligga under en ${kindLabel(parent.kind)}; den ska ligga under ${wanted}.`,
    );
  }
}

function parentError(message: string) {
  return new AppError('INVALID', message, { fields: { parentId: message } });
}

export async function reorderOrganisations(ctx: Ctx, parentId: string, order: Reorder) {
  return inTransaction(ctx, async (trx) => {
    await assertCan(trx, 'organisation.manage', { organisationId: parentId });
    const children = await trx.db
      .selectFrom('organisation')
      .select('id')
      .where('parentId', '=', parentId)
      .execute();
    await reorderRecords(
      trx,
      'organisation',
      parentId,
      order,
      children.map((c) => c.id),
    );
  });
}
