// The organisation register as a file (CSV for Swedish Excel or XLSX), out and back in. Export → import
// changes nothing; an import with any bad row writes nothing and reports every bad row.
import type { OrganisationRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { ORG_KIND_LABEL } from '../domain/vocabulary.ts';
import {
  readRecords,
  readSpreadsheet,
  type SheetRecord,
  type SpreadsheetFormat,
  type Table,
  writeSpreadsheet,
} from '../importers/spreadsheet.ts';
import type { RegisterError, RegisterReport } from '../shared/schemas/organisation.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { createOrganisation, listOrganisations, updateOrganisation } from './organisation.ts';
import {
  checkRegisterRows,
  REGISTER_COLUMNS,
  type RegisterChange,
  type RegisterKey,
} from './organisation-register-check.ts';

export type { RegisterReport };

/** Parents before children, siblings in register order; a parent without a code is named instead. */
export async function buildRegisterTable(ctx: Ctx): Promise<Table> {
  const orgs = await listOrganisations(ctx);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const children = new Map<string | null, OrganisationRow[]>();
  for (const o of orgs) {
    const parent = o.parentId && byId.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const rows: Table = [REGISTER_COLUMNS.map((c) => c.header)];
  const visit = (parentId: string | null) => {
    for (const o of children.get(parentId) ?? []) {
      const parent = o.parentId ? byId.get(o.parentId) : undefined;
      rows.push([
        o.externalId ?? '',
        o.name,
        ORG_KIND_LABEL[o.kind],
        parent ? (parent.externalId ?? parent.name) : '',
        o.validFrom,
        o.validTo ?? '',
      ]);
      visit(o.id);
    }
  };
  visit(null);
  return rows;
}

export async function exportOrganisationRegister(ctx: Ctx, format: SpreadsheetFormat): Promise<Uint8Array> {
  return writeSpreadsheet(format, 'Organisationer', await buildRegisterTable(ctx));
}

class RowFailure extends Error {
  constructor(readonly error: RegisterError) {
    super(error.message);
  }
}

const FIELD_COLUMN: Record<string, string> = {
  parentId: 'Överordnad kod',
  name: 'Namn',
  kind: 'Typ',
  externalId: 'Organisationskod',
  validFrom: 'Gäller från',
  validTo: 'Gäller till',
};

/**
 * Reads a register file and, unless dryRun or a row is bad, writes it in one transaction: new codes are
 * created, known codes updated (a new parent takes effect from today; earlier years keep the old one).
 */
export async function importOrganisationRegister(
  ctx: Ctx,
  bytes: Uint8Array,
  options: { dryRun?: boolean } = {},
): Promise<RegisterReport> {
  // The whole register may change, so the right to manage it for the municipality is asked up front.
  await assertCan(ctx, 'organisation.manage', { organisationId: null });
  const table = await readSpreadsheet(bytes);
  let records: SheetRecord<RegisterKey>[];
  try {
    records = readRecords(table, REGISTER_COLUMNS);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      rows: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      errors: [{ row: 1, column: '', message: error.message }],
    };
  }
  if (records.length === 0) {
    const message = 'Filen har inga rader under rubrikraden. Fyll i en organisation per rad.';
    return { rows: 0, created: 0, changed: 0, unchanged: 0, errors: [{ row: 2, column: '', message }] };
  }
  const register = await listOrganisations(ctx);
  const { changes, errors } = await checkRegisterRows(ctx, records, register);
  const newIds = new Map<string, string>();
  const parentId = (c: RegisterChange) =>
    !c.parent
      ? null
      : 'id' in c.parent
        ? c.parent.id
        : (newIds.get(c.parent.code) ?? codeId(changes, c.parent.code));
  const pending = changes.filter((c) => !c.existing || differs(c, parentId(c)));
  const report: RegisterReport = {
    rows: records.length,
    created: pending.filter((c) => !c.existing).length,
    changed: pending.filter((c) => c.existing).length,
    unchanged: changes.length - pending.length,
    errors,
  };
  if (errors.length > 0 || options.dryRun || pending.length === 0) return report;
  try {
    await inTransaction(ctx, async (trx) => {
      for (const change of inTreeOrder(pending)) {
        try {
          await applyChange(trx, change, parentId(change), newIds);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const field = Object.keys((error.details?.fields as Record<string, string>) ?? {})[0] ?? '';
          throw new RowFailure({
            row: change.row,
            column: FIELD_COLUMN[field] ?? '',
            message: error.message,
          });
        }
      }
    });
  } catch (error) {
    if (!(error instanceof RowFailure)) throw error;
    return { ...report, errors: [error.error] };
  }
  return report;
}

const codeId = (changes: RegisterChange[], code: string) =>
  changes.find((c) => c.code === code)?.existing?.id ?? null;

function differs(change: RegisterChange, parentId: string | null): boolean {
  const o = change.existing!;
  return (
    o.name !== change.name ||
    o.kind !== change.kind ||
    (o.parentId ?? null) !== parentId ||
    (change.validFrom !== null && o.validFrom !== change.validFrom) ||
    (o.validTo ?? null) !== change.validTo
  );
}

/** Rows whose parent is created in the same file come after it. */
function inTreeOrder(changes: RegisterChange[]): RegisterChange[] {
  const byCode = new Map(changes.map((c) => [c.code, c]));
  const depth = (c: RegisterChange, seen = 0): number => {
    const parent = c.parent && 'code' in c.parent ? byCode.get(c.parent.code) : undefined;
    return parent && seen < 50 ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...changes].sort((a, b) => depth(a) - depth(b) || a.row - b.row);
}

async function applyChange(
  ctx: Ctx,
  change: RegisterChange,
  parentId: string | null,
  newIds: Map<string, string>,
) {
  const values = { name: change.name, kind: change.kind, parentId, validTo: change.validTo };
  if (!change.existing) {
    const row = await createOrganisation(ctx, {
      ...values,
      externalId: change.code,
      validFrom: change.validFrom ?? undefined,
      origin: 'import',
    });
    newIds.set(change.code, row.id);
    return;
  }
  const current = change.existing;
  const today = ctx.now().toISOString().slice(0, 10);
  const validFrom = change.validFrom ?? current.validFrom;
  await updateOrganisation(ctx, current.id, {
    ...values,
    validFrom,
    version: current.version,
    movedOn: validFrom > today ? validFrom : today,
  });
}
