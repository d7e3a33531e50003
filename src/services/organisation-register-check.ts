// Checks a register file against the register before anything is written: every bad row is reported
// (in Swedish, with its row and column), so a person fixes the file once instead of error by error.
import type { OrganisationRow } from '../db/schema.ts';
import { LIMITS } from '../domain/limits.ts';
import { ORG_KIND_LABEL, ORG_KINDS, type OrgKind } from '../domain/vocabulary.ts';
import type { SheetRecord } from '../importers/spreadsheet.ts';
import type { RegisterError } from '../shared/schemas/organisation.ts';
import type { Ctx } from './context.ts';
import { PARENT_KINDS } from './organisation.ts';

export const REGISTER_COLUMNS = [
  { key: 'code', header: 'Organisationskod', aliases: ['Kod'], required: true },
  { key: 'name', header: 'Namn', aliases: ['Benämning'], required: true },
  { key: 'kind', header: 'Typ', required: true },
  { key: 'parent', header: 'Överordnad kod', aliases: ['Överordnad organisationskod', 'Ligger under'] },
  { key: 'validFrom', header: 'Gäller från', aliases: ['Giltig från'] },
  { key: 'validTo', header: 'Gäller till', aliases: ['Giltig till'] },
] as const;
export type RegisterKey = (typeof REGISTER_COLUMNS)[number]['key'];
const HEADER = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.header])) as Record<
  RegisterKey,
  string
>;

export type { RegisterError };

/** One file row, checked: what it will become. `existing` is the organisation with the same code. */
export interface RegisterChange {
  row: number;
  code: string;
  name: string;
  kind: OrgKind;
  /** No code in the file: an organisation registered without one, known by its name. */
  uncoded: boolean;
  /** The parent's code in the file, or the id of an organisation already in the register. */
  parent: { code: string } | { id: string } | null;
  validFrom: string | null;
  validTo: string | null;
  existing?: OrganisationRow;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const kindLabel = (kind: OrgKind) => ORG_KIND_LABEL[kind].toLowerCase();

function parseKind(value: string): OrgKind | undefined {
  const v = value.trim().toLowerCase();
  return ORG_KINDS.find((k) => k === v || ORG_KIND_LABEL[k].toLowerCase() === v);
}

function parseDate(value: string): string | null | 'invalid' {
  if (value === '') return null;
  if (!DATE.test(value)) return 'invalid';
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? 'invalid' : value;
}

/** Reads one row's own values; errors about its relation to other rows come later. */
function readRow(record: SheetRecord<RegisterKey>, errors: RegisterError[]): RegisterChange | undefined {
  const { row, values } = record;
  const fail = (key: RegisterKey, message: string) => errors.push({ row, column: HEADER[key], message });
  const before = errors.length;
  if (values.code.length > LIMITS.name) fail('code', `Koden får vara högst ${LIMITS.name} tecken.`);
  if (values.name === '') fail('name', 'Namnet saknas. Skriv organisationens namn.');
  else if (values.name.length > LIMITS.name) fail('name', `Namnet får vara högst ${LIMITS.name} tecken.`);
  const kind = parseKind(values.kind);
  if (!kind)
    fail(
      'kind',
      `Okänd typ ”${values.kind}”. Skriv en av ${ORG_KINDS.map((k) => ORG_KIND_LABEL[k]).join(', ')}.`,
    );
  const validFrom = parseDate(values.validFrom);
  const validTo = parseDate(values.validTo);
  for (const [key, value] of [
    ['validFrom', validFrom],
    ['validTo', validTo],
  ] as const) {
    if (value === 'invalid')
      fail(key, `”${values[key]}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.`);
  }
  if (validFrom && validTo && validFrom !== 'invalid' && validTo !== 'invalid' && validTo < validFrom)
    fail('validTo', 'Slutdatumet ligger före startdatumet. Rätta ett av datumen.');
  if (errors.length > before || !kind) return undefined;
  return {
    row,
    // A row without a code is keyed by its name, the way the export refers to such a parent.
    code: values.code || values.name,
    uncoded: values.code === '',
    name: values.name,
    kind,
    parent: values.parent === '' ? null : { code: values.parent },
    validFrom: validFrom as string | null,
    validTo: validTo as string | null,
  };
}

/**
 * Turns the file's rows into changes, or the errors that stop the import. Organisations in the register
 * but not in the file are left as they are (a file may carry one board's units only).
 */
export async function checkRegisterRows(
  ctx: Ctx,
  records: SheetRecord<RegisterKey>[],
  register: OrganisationRow[],
): Promise<{ changes: RegisterChange[]; errors: RegisterError[] }> {
  const errors: RegisterError[] = [];
  const fail = (row: number, key: RegisterKey, message: string) =>
    errors.push({ row, column: HEADER[key], message });
  const changes = records.map((r) => readRow(r, errors)).filter((c): c is RegisterChange => !!c);

  const rowsByCode = new Map<string, number[]>();
  for (const r of records) {
    if (r.values.code) rowsByCode.set(r.values.code, [...(rowsByCode.get(r.values.code) ?? []), r.row]);
  }
  for (const [code, rows] of rowsByCode) {
    if (rows.length < 2) continue;
    for (const row of rows)
      fail(
        row,
        'code',
        `Koden ${code} används på flera rader (rad ${rows.join(', ')}). Varje kod får finnas en gång.`,
      );
  }

  const byCode = new Map(register.filter((o) => o.externalId).map((o) => [o.externalId!, o]));
  const byId = new Map(register.map((o) => [o.id, o]));
  const inFile = new Map(changes.map((c) => [c.code, c]));
  for (const change of changes) {
    change.existing = change.uncoded
      ? findUncoded(register, change.name, change.kind)
      : byCode.get(change.code);
    if (change.uncoded && !change.existing)
      fail(
        change.row,
        'code',
        'Organisationskoden saknas. Ange koden från ekonomisystemet för nya organisationer.',
      );
  }

  for (const change of changes) {
    const parentRef = change.parent && 'code' in change.parent ? change.parent.code : '';
    const fromFile = parentRef ? inFile.get(parentRef) : undefined;
    const fromRegister =
      parentRef && !fromFile ? (byCode.get(parentRef) ?? findUncoded(register, parentRef)) : undefined;
    if (parentRef && !fromFile && !fromRegister) {
      fail(
        change.row,
        'parent',
        `Det finns ingen organisation med koden ${parentRef}, varken i filen eller i registret. Lägg till den eller rätta koden.`,
      );
      continue;
    }
    if (fromRegister) change.parent = { id: fromRegister.id };
    const parentKind = fromFile?.kind ?? fromRegister?.kind;
    const allowed = PARENT_KINDS[change.kind];
    if (!parentKind && allowed.length > 0) {
      fail(
        change.row,
        'parent',
        `En ${kindLabel(change.kind)} måste ligga under en ${allowed.map(kindLabel).join(' eller ')}. Ange den överordnade organisationens kod.`,
      );
    } else if (parentKind && !allowed.includes(parentKind)) {
      const wanted = allowed.length ? allowed.map(kindLabel).join(' eller ') : 'ingen annan organisation';
      fail(
        change.row,
        'parent',
        `En ${kindLabel(change.kind)} kan inte ligga under en ${kindLabel(parentKind)}; den ska ligga under ${wanted}.`,
      );
    }
    if (change.kind === 'city' && !change.existing && register.some((o) => o.kind === 'city'))
      fail(change.row, 'kind', 'Registret har redan en kommun. Ange kommunens befintliga kod på den raden.');
  }

  reportCycles(changes, byId, fail);
  await reportPlansOutsideValidity(ctx, changes, fail);
  return { changes, errors: errors.sort((a, b) => a.row - b.row) };
}

/** An organisation without a code is referred to by its exact name (the export writes it so). */
function findUncoded(register: OrganisationRow[], name: string, kind?: OrgKind): OrganisationRow | undefined {
  const matches = register.filter((o) => !o.externalId && o.name === name && (!kind || o.kind === kind));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Follows each row's parents (through the file and the register) and reports rows that meet themselves. */
function reportCycles(
  changes: RegisterChange[],
  byId: Map<string, OrganisationRow>,
  fail: (row: number, key: RegisterKey, message: string) => void,
) {
  const inFile = new Map(changes.map((c) => [c.code, c]));
  const fileById = new Map(changes.filter((c) => c.existing).map((c) => [c.existing!.id, c]));
  for (const change of changes) {
    const path = [change.code];
    let next: RegisterChange['parent'] = change.parent;
    for (let depth = 0; next && depth < 50; depth++) {
      const change2: RegisterChange | undefined =
        'code' in next ? inFile.get(next.code) : fileById.get(next.id);
      const label = change2?.code ?? ('id' in next ? (byId.get(next.id)?.name ?? '') : next.code);
      if (change2 === change) {
        fail(
          change.row,
          'parent',
          `Koden ${change.code} hamnar under sig själv (${[...path, change.code].join(' → ')}). Rätta överordnad kod på någon av raderna.`,
        );
        break;
      }
      path.push(label);
      next = change2 ? change2.parent : 'id' in next ? parentOf(byId.get(next.id)) : null;
    }
  }
}

const parentOf = (org: OrganisationRow | undefined): RegisterChange['parent'] =>
  org?.parentId ? { id: org.parentId } : null;

/** A unit may not be closed (or start) so that one of its plans falls in a year it does not exist. */
async function reportPlansOutsideValidity(
  ctx: Ctx,
  changes: RegisterChange[],
  fail: (row: number, key: RegisterKey, message: string) => void,
) {
  const bounded = changes.filter((c) => c.existing && (c.validTo || c.validFrom));
  if (bounded.length === 0) return;
  const plans = await ctx.db
    .selectFrom('plan')
    .select(['organisationId', 'year'])
    .where(
      'organisationId',
      'in',
      bounded.map((c) => c.existing!.id),
    )
    .execute();
  for (const change of bounded) {
    const years = plans.filter((p) => p.organisationId === change.existing!.id).map((p) => p.year);
    const after = change.validTo ? years.filter((y) => y > Number(change.validTo!.slice(0, 4))) : [];
    const before = change.validFrom ? years.filter((y) => y < Number(change.validFrom!.slice(0, 4))) : [];
    if (after.length > 0)
      fail(
        change.row,
        'validTo',
        `${change.name} har planer för ${[...new Set(after)].sort().join(', ')} och kan inte stängas ${change.validTo}. Sätt ett slutdatum efter de åren eller flytta planerna först.`,
      );
    if (before.length > 0)
      fail(
        change.row,
        'validFrom',
        `${change.name} har planer för ${[...new Set(before)].sort().join(', ')} och kan inte börja gälla ${change.validFrom}. Sätt ett tidigare startdatum.`,
      );
  }
}
