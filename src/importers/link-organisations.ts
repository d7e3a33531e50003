// Finds or creates the city, board and unit a plan belongs to. The city is the single stored city (or
// a new "Kommunen"); the board comes from the Till line, from the unit's stored board, or from the
// stored board whose goals the plan repeats; the unit is matched by name under that board.
import { listBoardGoalTitles } from '../db/repos/goal.ts';
import { listAllOrganisations } from '../db/repos/organisation.ts';
import type { OrganisationRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import { createOrganisation, findBoardOf, getOrganisation } from '../services/organisation.ts';
import { municipalityNameOf } from './document-organisations.ts';
import type { OrganisationRef, PlanImportReport } from './import-report.ts';
import { fit, warn } from './import-state.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';
import { bestMatch, compareTexts } from './similarity.ts';

export const UNKNOWN_BOARD = 'Okänd nämnd';
const UNIT_KINDS = new Set(['unit', 'department', 'team']);

export interface PlanOrganisations {
  city: OrganisationRow;
  board: OrganisationRow;
  unit: OrganisationRow;
}

interface Lookup {
  trx: Ctx;
  parsed: ParsedPlan;
  year: number;
  report: PlanImportReport;
  all: OrganisationRow[];
}

function ref(org: OrganisationRow, created: boolean): OrganisationRef {
  return { id: org.id, name: org.name, created };
}

async function create(l: Lookup, kind: OrganisationRow['kind'], name: string, parentId: string | null) {
  const org = await createOrganisation(l.trx, {
    kind,
    name: fit(l, name, 200, 'Organisationsnamnet', l.parsed.startLine),
    parentId,
    origin: 'import',
  });
  l.all.push(org);
  l.report.counts.organisations.recognised++;
  l.report.counts.organisations.created++;
  return org;
}

function linked(l: Lookup) {
  l.report.counts.organisations.recognised++;
  l.report.counts.organisations.linked++;
}

/** The plan's unit name: the title's unit, else a Till line that names no board. */
export function unitNameOf(parsed: ParsedPlan): string | null {
  const f = parsed.front;
  const addressee = f.addressee && !/nämnd|förvaltning|styrelse/i.test(f.addressee) ? f.addressee : null;
  return f.unit ?? f.unitLine ?? addressee;
}

export async function resolveOrganisations(
  trx: Ctx,
  parsed: ParsedPlan,
  year: number,
  report: PlanImportReport,
  organisationId: string | undefined,
): Promise<PlanOrganisations> {
  const all = await listAllOrganisations(trx.db);
  const l: Lookup = { trx, parsed, year, report, all };
  const result = organisationId ? await fromGivenUnit(l, organisationId) : await fromDocument(l);
  report.organisations.city ??= ref(result.city, false);
  report.organisations.board ??= ref(result.board, false);
  report.organisations.unit ??= ref(result.unit, false);
  return result;
}

async function fromGivenUnit(l: Lookup, organisationId: string): Promise<PlanOrganisations> {
  const unit = await getOrganisation(l.trx, organisationId);
  if (!UNIT_KINDS.has(unit.kind)) {
    throw new AppError(
      'INVALID',
      `${unit.name} är ingen enhet. Välj den enhet (eller avdelning) som planen gäller.`,
      {
        fields: { organisationId: 'Välj en enhet.' },
      },
    );
  }
  const board = await findBoardOf(l.trx, unit.id);
  if (!board) throw new AppError('INVALID', `${unit.name} ligger inte under någon nämnd. Flytta den först.`);
  const city = board.parentId ? l.all.find((o) => o.id === board.parentId) : undefined;
  if (!city) throw new AppError('INVALID', `Nämnden ${board.name} ligger inte under någon stad.`);
  for (let i = 0; i < 3; i++) linked(l);
  return { city, board, unit };
}

async function fromDocument(l: Lookup): Promise<PlanOrganisations> {
  const unitName = unitNameOf(l.parsed);
  if (!unitName) {
    throw new AppError(
      'INVALID',
      `Planen på rad ${l.parsed.startLine} anger inte vilken enhet den gäller. Välj enheten vid importen.`,
    );
  }
  let board = findBoard(l);
  if (!board && !l.parsed.front.board) {
    board = await inferBoard(l, unitName);
    if (board) {
      warn(
        l,
        l.parsed.startLine,
        'board_inferred',
        `Planen anger inte vilken nämnd enheten hör till; den har kopplats till ${board.name}. Kontrollera att det stämmer.`,
      );
    }
  }
  let city = board ? l.all.find((o) => o.id === board!.parentId && o.kind === 'city') : undefined;
  // A plan from another municipality never lands in the demo's: its city and board are its own.
  const named = municipalityNameOf(l.parsed);
  if (city && named && city.origin === 'demo' && compareTexts(named, city.name) === 'different') {
    city = undefined;
    board = undefined;
  }
  if (city) linked(l);
  else city = await findOrCreateCity(l, named);
  if (!board && l.parsed.front.board) board = findBoard(l, city.id);
  if (board) linked(l);
  else {
    const name = l.parsed.front.board ?? UNKNOWN_BOARD;
    if (!l.parsed.front.board) {
      warn(
        l,
        l.parsed.startLine,
        'board_unknown',
        `Planen anger inte vilken nämnd enheten hör till. Nämndmålen har lagts på nämnden "${UNKNOWN_BOARD}"; byt namn på den eller flytta enheten.`,
      );
    }
    board = await create(l, 'board', name, city.id);
    l.report.organisations.board = ref(board, true);
  }
  const children = l.all.filter((o) => UNIT_KINDS.has(o.kind) && isUnder(l.all, o, board!.id));
  const found = bestMatch(unitName, children, (o) => o.name);
  let unit = found?.match;
  if (unit) linked(l);
  else {
    unit = await create(l, 'unit', unitName, board.id);
    l.report.organisations.unit = ref(unit, true);
  }
  return { city, board, unit };
}

async function findOrCreateCity(l: Lookup, named: string | null): Promise<OrganisationRow> {
  const all = l.all.filter((o) => o.kind === 'city');
  const same = named ? all.find((o) => compareTexts(named, o.name) !== 'different') : undefined;
  if (same) {
    linked(l);
    return same;
  }
  // The demo's city is not a home for a real plan that names its own municipality.
  const cities = named ? all.filter((o) => o.origin !== 'demo') : all;
  if (cities.length === 1) {
    linked(l);
    return cities[0]!;
  }
  if (cities.length > 1) {
    warn(
      l,
      l.parsed.startLine,
      'city_ambiguous',
      `Databasen har ${cities.length} städer; planen har kopplats till ${cities[0]!.name}. Ange enheten vid importen för att välja en annan.`,
    );
    linked(l);
    return cities[0]!;
  }
  const city = await create(l, 'city', named ?? 'Kommunen', null);
  l.report.organisations.city = ref(city, true);
  return city;
}

/** The board by its printed name (tolerant to spelling variants). */
function findBoard(l: Lookup, cityId?: string): OrganisationRow | undefined {
  const printed = l.parsed.front.board;
  if (!printed) return undefined;
  return bestMatch(
    printed,
    l.all.filter((o) => o.kind === 'board' && (!cityId || o.parentId === cityId)),
    (o) => o.name,
  )?.match;
}

/**
 * Without a printed board: the board whose goals the plan repeats, else the board of a stored unit of
 * the same name, else the placeholder board an earlier import created.
 */
async function inferBoard(l: Lookup, unitName: string): Promise<OrganisationRow | undefined> {
  const byGoals = await findBoardByGoals(l.trx, l.parsed, l.year);
  if (byGoals) return l.all.find((o) => o.id === byGoals);
  for (const unit of l.all.filter(
    (o) => UNIT_KINDS.has(o.kind) && compareTexts(unitName, o.name) !== 'different',
  )) {
    const board = boardOf(l.all, unit);
    if (board) return board;
  }
  return l.all.find((o) => o.kind === 'board' && o.name === UNKNOWN_BOARD);
}

/** A stored board whose goals of the year match at least half of the plan's board goals. */
export async function findBoardByGoals(trx: Ctx, parsed: ParsedPlan, year: number) {
  const titles: string[] = [];
  const walk = (goals: ParsedGoal[]) => {
    for (const g of goals) {
      if (g.level === 'board') titles.push(g.title);
      walk(g.children);
    }
  };
  walk(parsed.goals);
  if (titles.length === 0) return undefined;
  const stored = await listBoardGoalTitles(trx.db, year);
  const hits = new Map<string, number>();
  for (const title of titles) {
    const owners = new Set(
      stored.filter((g) => compareTexts(title, g.title) !== 'different').map((g) => g.organisationId),
    );
    for (const owner of owners) hits.set(owner, (hits.get(owner) ?? 0) + 1);
  }
  const [best] = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= titles.length ? best[0] : undefined;
}

function boardOf(all: OrganisationRow[], org: OrganisationRow): OrganisationRow | undefined {
  let current: OrganisationRow | undefined = org;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current.kind === 'board') return current;
    const parentId: string | null = current.parentId;
    current = parentId ? all.find((o) => o.id === parentId) : undefined;
  }
  return undefined;
}

function isUnder(all: OrganisationRow[], org: OrganisationRow, boardId: string): boolean {
  return boardOf(all, org)?.id === boardId;
}
