// The authorization matrix, generated from the route table: every write endpoint × every role × a thing of the
// person's own organisation and one of another board's → allowed (anything but 403) or 403. Each request runs in a
// transaction that is rolled back, so every cell starts from the same data. A write route without a row in CASES
// fails the first test: a new endpoint cannot be forgotten.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import type { RoleGrant } from '../domain/authz.ts';
import { ROLES, type Role } from '../domain/vocabulary.ts';
import { createActivity } from '../services/activity.ts';
import { createApiToken } from '../services/api-token.ts';
import { createBudgetRow, createBudgetTable } from '../services/budget.ts';
import type { Ctx } from '../services/context.ts';
import { ensureReport } from '../services/follow-up-report.ts';
import { createGoal } from '../services/goal.ts';
import { createIndicator } from '../services/indicator.ts';
import { createOrganisation } from '../services/organisation.ts';
import { createPlacement } from '../services/placement.ts';
import { createPlan } from '../services/plan.ts';
import { createPlanSection } from '../services/plan-section.ts';
import { setTarget } from '../services/target.ts';
import { createUser } from '../services/user.ts';
import { endpoints as contract } from '../shared/endpoints/index.ts';
import { createApp } from './app.ts';
import { countMatrixCells, ELSEWHERE } from './authz-matrix-scope.ts';

const base = await openTestContext();
const m = await buildMunicipality(base);
const farUnit = await createOrganisation(base, {
  kind: 'unit',
  name: 'Fjärran enhet',
  parentId: m.otherBoard.id,
});
const farBoardGoal = await createGoal(base, {
  year: m.year,
  level: 'board',
  organisationId: m.otherBoard.id,
  parentId: m.area.id,
  title: 'Annan nämnds mål',
});

/** The same things for the person's own unit (under m.board) and for a unit of another board. */
async function side(unit: { id: string }, board: { id: string }, boardGoalId: string, plan: { id: string }) {
  const goal =
    unit.id === m.unit.id
      ? await addUnitGoal(base, m)
      : await createGoal(base, {
          year: m.year,
          level: 'unit',
          organisationId: unit.id,
          parentId: boardGoalId,
          title: 'Mål',
        });
  const indicator = await createIndicator(base, {
    name: `Egen indikator ${unit.id.slice(0, 4)}`,
    valueKind: 'number',
    direction: 'increase',
    periodicity: 'year',
    consolidation: 'sum',
    genderSplit: false,
    ownerOrganisationId: unit.id,
  });
  const placement = await createPlacement(base, { indicatorId: indicator.id, goalId: goal.id });
  const target = await setTarget(base, {
    indicatorId: indicator.id,
    organisationId: unit.id,
    year: m.year,
    gender: 'T',
    kind: 'increase',
  });
  const activity = await createActivity(base, {
    year: m.year,
    ownerOrganisationId: unit.id,
    goalId: goal.id,
    title: 'Aktivitet',
    startDate: `${m.year}-01-01`,
    endDate: `${m.year}-12-31`,
  });
  const section = await createPlanSection(base, plan.id, {
    part: 'intro',
    heading: 'Inledning',
    body: 'Text',
  });
  const table = await createBudgetTable(base, plan.id, { layout: 'simple' });
  const row = await createBudgetRow(base, table.id, { label: 'Personal', groupKind: 'cost', budget: 10 });
  const report = await ensureReport(base, { organisationId: unit.id, year: m.year, period: 'VB' });
  return { unit, board, goal, indicator, placement, target, activity, plan, section, table, row, report };
}
const own = await side(m.unit, m.board, m.boardGoal.id, m.plan);
const farPlan = await createPlan(base, { organisationId: farUnit.id, year: m.year, kind: 'plan' });
const other = await side(farUnit, m.otherBoard, farBoardGoal.id, farPlan);
type Side = typeof own;
const someone = await createUser(base, { email: 'nagon@example.se', name: 'Någon', roles: [] });
const { apiToken } = await createApiToken(base, { name: 'Integration', role: 'reader', userId: someone.id });

// Who holds which role: the own unit's board, the unit itself, or the whole municipality.
const GRANTS: Record<Role, RoleGrant> = {
  admin: { role: 'admin', organisationId: null },
  city_planner: { role: 'city_planner', organisationId: null },
  board_planner: { role: 'board_planner', organisationId: m.board.id },
  board_approver: { role: 'board_approver', organisationId: m.board.id },
  unit_writer: { role: 'unit_writer', organisationId: m.unit.id },
  reader: { role: 'reader', organisationId: m.board.id },
};

type Allowed = { own: Role[]; other: Role[] };
const UNIT: Allowed = { own: ['admin', 'board_planner', 'unit_writer'], other: ['admin'] };
const APPROVE: Allowed = { own: ['admin', 'board_approver'], other: ['admin'] };
const COUNCIL: Allowed = { own: ['admin', 'city_planner'], other: ['admin', 'city_planner'] };
const ADMIN: Allowed = { own: ['admin'], other: ['admin'] };
const IMPORT: Allowed = { own: ['admin', 'board_planner'], other: ['admin'] };
const COMMENT: Allowed = { own: [...ROLES], other: ['admin', 'city_planner'] };

interface Case {
  allowed: Allowed;
  path: (s: Side) => string;
  body?: (s: Side) => unknown;
  form?: () => FormData;
}
const v = { version: 1 };
const upload = (field: string) => {
  const form = new FormData();
  form.set(field, new File([new Uint8Array([1, 2, 3])], 'fil.png', { type: 'image/png' }));
  return form;
};
const logo = () => upload('logo');

const CASES: Record<string, Case> = {
  // Accounts and API tokens are municipality-wide: only a whole-municipality admin manages them.
  createUser: {
    allowed: ADMIN,
    path: () => '/api/v1/users',
    body: () => ({ email: 'ny@example.se', name: 'Ny', roles: [] }),
  },
  updateUser: { allowed: ADMIN, path: () => `/api/v1/users/${someone.id}`, body: () => ({ name: 'Ändrad' }) },
  createApiToken: {
    allowed: ADMIN,
    path: () => '/api/v1/api-tokens',
    body: () => ({ name: 'Ny nyckel', role: 'reader' }),
  },
  revokeApiToken: { allowed: ADMIN, path: () => `/api/v1/api-tokens/${apiToken.id}` },
  importOrganisations: {
    allowed: ADMIN,
    path: () => '/api/v1/organisations/import',
    form: () => upload('file'),
  },
  createOrganisation: {
    allowed: ADMIN,
    path: () => '/api/v1/organisations',
    body: (s) => ({ kind: 'unit', name: 'Ny', parentId: s.board.id }),
  },
  updateOrganisation: {
    allowed: ADMIN,
    path: (s) => `/api/v1/organisations/${s.unit.id}`,
    body: () => ({ ...v, name: 'X' }),
  },
  deleteOrganisation: { allowed: ADMIN, path: (s) => `/api/v1/organisations/${s.unit.id}` },
  reorderOrganisations: {
    allowed: ADMIN,
    path: (s) => `/api/v1/organisations/${s.board.id}/reorder-children`,
    body: (s) => ({ ids: [s.unit.id], expectedIds: [s.unit.id] }),
  },
  ensureYear: { allowed: COUNCIL, path: () => '/api/v1/years', body: () => ({ year: 2031 }) },
  createGoal: {
    allowed: UNIT,
    path: () => '/api/v1/goals',
    body: (s) => ({
      year: m.year,
      level: 'unit',
      organisationId: s.unit.id,
      parentId: s.goal.parentId,
      title: 'Nytt',
    }),
  },
  updateGoal: {
    allowed: UNIT,
    path: (s) => `/api/v1/goals/${s.goal.id}`,
    body: () => ({ ...v, title: 'X' }),
  },
  deleteGoal: { allowed: UNIT, path: (s) => `/api/v1/goals/${s.goal.id}` },
  reorderGoals: {
    allowed: UNIT,
    path: () => '/api/v1/goals/reorder',
    body: (s) => ({ ids: [s.goal.id], expectedIds: [s.goal.id] }),
  },
  createIndicator: {
    allowed: UNIT,
    path: () => '/api/v1/indicators',
    body: (s) => ({
      name: 'Ny',
      valueKind: 'number',
      direction: 'increase',
      periodicity: 'year',
      consolidation: 'sum',
      ownerOrganisationId: s.unit.id,
    }),
  },
  updateIndicator: {
    allowed: UNIT,
    path: (s) => `/api/v1/indicators/${s.indicator.id}`,
    body: () => ({ ...v, name: 'X' }),
  },
  deleteIndicator: { allowed: UNIT, path: (s) => `/api/v1/indicators/${s.indicator.id}` },
  createPlacement: {
    allowed: UNIT,
    path: () => '/api/v1/placements',
    body: (s) => ({ indicatorId: m.indicator.id, goalId: s.goal.id }),
  },
  deletePlacement: { allowed: UNIT, path: (s) => `/api/v1/placements/${s.placement.id}` },
  reorderPlacements: {
    allowed: UNIT,
    path: (s) => `/api/v1/goals/${s.goal.id}/placements/reorder`,
    body: (s) => ({ ids: [s.placement.id], expectedIds: [s.placement.id] }),
  },
  setTarget: {
    allowed: UNIT,
    path: () => '/api/v1/targets',
    body: (s) => ({
      indicatorId: s.indicator.id,
      organisationId: s.unit.id,
      year: m.year,
      gender: 'T',
      kind: 'decrease',
    }),
  },
  confirmTarget: { allowed: UNIT, path: (s) => `/api/v1/targets/${s.target.id}/confirm`, body: () => ({}) },
  removeTarget: { allowed: UNIT, path: (s) => `/api/v1/targets/${s.target.id}` },
  createDecision: {
    allowed: COUNCIL,
    path: () => '/api/v1/decisions',
    body: () => ({ body: 'KF', decidedOn: '2025-01-01', title: 'Beslut' }),
  },
  createActivity: {
    allowed: UNIT,
    path: () => '/api/v1/activities',
    body: (s) => ({
      year: m.year,
      ownerOrganisationId: s.unit.id,
      title: 'Ny',
      startDate: `${m.year}-01-01`,
      endDate: `${m.year}-06-30`,
    }),
  },
  updateActivity: {
    allowed: UNIT,
    path: (s) => `/api/v1/activities/${s.activity.id}`,
    body: () => ({ ...v, title: 'X' }),
  },
  deleteActivity: { allowed: UNIT, path: (s) => `/api/v1/activities/${s.activity.id}` },
  createPlan: {
    allowed: UNIT,
    path: () => '/api/v1/plans',
    body: (s) => ({ organisationId: s.unit.id, year: m.year + 1, kind: 'plan' }),
  },
  updatePlan: {
    allowed: UNIT,
    path: (s) => `/api/v1/plans/${s.plan.id}`,
    body: () => ({ ...v, title: 'X' }),
  },
  deletePlan: { allowed: UNIT, path: (s) => `/api/v1/plans/${s.plan.id}` },
  setPlanVisibility: {
    allowed: UNIT,
    path: (s) => `/api/v1/plans/${s.plan.id}/visibility`,
    body: () => ({ goalIds: [], expected: { goalIds: [], placementIds: [] } }),
  },
  createPlanSection: {
    allowed: UNIT,
    path: (s) => `/api/v1/plans/${s.plan.id}/sections`,
    body: () => ({ part: 'other', heading: 'Övrigt' }),
  },
  reorderPlanSections: {
    allowed: UNIT,
    path: (s) => `/api/v1/plans/${s.plan.id}/sections/reorder`,
    body: (s) => ({ part: 'intro', ids: [s.section.id], expectedIds: [s.section.id] }),
  },
  updatePlanSection: {
    allowed: UNIT,
    path: (s) => `/api/v1/sections/${s.section.id}`,
    body: () => ({ ...v, body: 'X' }),
  },
  deletePlanSection: { allowed: UNIT, path: (s) => `/api/v1/sections/${s.section.id}` },
  createBudgetTable: {
    allowed: UNIT,
    path: (s) => `/api/v1/plans/${s.plan.id}/budget-tables`,
    body: () => ({ layout: 'simple' }),
  },
  updateBudgetTable: {
    allowed: UNIT,
    path: (s) => `/api/v1/budget-tables/${s.table.id}`,
    body: () => ({ ...v, title: 'X' }),
  },
  deleteBudgetTable: { allowed: UNIT, path: (s) => `/api/v1/budget-tables/${s.table.id}` },
  createBudgetRow: {
    allowed: UNIT,
    path: (s) => `/api/v1/budget-tables/${s.table.id}/rows`,
    body: () => ({ label: 'Lokaler', groupKind: 'cost', budget: 5 }),
  },
  reorderBudgetRows: {
    allowed: UNIT,
    path: (s) => `/api/v1/budget-tables/${s.table.id}/rows/reorder`,
    body: (s) => ({ ids: [s.row.id], expectedIds: [s.row.id] }),
  },
  updateBudgetRow: {
    allowed: UNIT,
    path: (s) => `/api/v1/budget-rows/${s.row.id}`,
    body: () => ({ ...v, budget: 7 }),
  },
  deleteBudgetRow: { allowed: UNIT, path: (s) => `/api/v1/budget-rows/${s.row.id}` },
  submitPlan: { allowed: UNIT, path: (s) => `/api/v1/plans/${s.plan.id}/submit`, body: () => v },
  returnPlan: {
    allowed: APPROVE,
    path: (s) => `/api/v1/plans/${s.plan.id}/return`,
    body: () => ({ ...v, comment: 'Ändra' }),
  },
  approvePlan: { allowed: APPROVE, path: (s) => `/api/v1/plans/${s.plan.id}/approve`, body: () => v },
  publishPlan: { allowed: APPROVE, path: (s) => `/api/v1/plans/${s.plan.id}/publish`, body: () => v },
  reopenPlan: {
    allowed: APPROVE,
    path: (s) => `/api/v1/plans/${s.plan.id}/reopen`,
    body: () => ({ ...v, comment: 'Ny' }),
  },
  decidePlan: {
    allowed: APPROVE,
    path: (s) => `/api/v1/plans/${s.plan.id}/decide`,
    body: () => ({ ...v, decidedOn: '2025-02-01', body: 'Nämnden' }),
  },
  importPlans: {
    allowed: IMPORT,
    path: (s) => `/api/v1/imports?dryRun=1&year=${m.year}&organisationId=${s.unit.id}`,
    body: () => ({ name: 'plan.txt', text: 'Verksamhetsplan 2025\n\nInledning\n\nVi ger stöd.' }),
  },
  setUpMunicipality: {
    allowed: ADMIN,
    path: () => '/api/v1/municipality',
    body: () => ({ name: 'Ny kommun', firstYear: 2030 }),
  },
  setLogo: { allowed: ADMIN, path: () => '/api/v1/municipality/logo', form: logo },
  removeDemoData: {
    allowed: ADMIN,
    path: () => '/api/v1/municipality/remove-demo',
    body: () => ({ confirm: true }),
  },
  rolloverYear: {
    allowed: COUNCIL,
    path: () => '/api/v1/years/rollover',
    body: () => ({ from: m.year, to: m.year + 1, dryRun: true }),
  },
  ensureFollowUpReport: {
    allowed: UNIT,
    path: () => '/api/v1/reports',
    body: (s) => ({ organisationId: s.unit.id, year: m.year, period: 'T1' }),
  },
  writeOutcome: {
    allowed: UNIT,
    path: () => '/api/v1/outcomes',
    body: (s) => ({
      indicatorId: s.indicator.id,
      organisationId: s.unit.id,
      year: m.year,
      period: 'VB',
      value: 3,
    }),
  },
  writeAssessment: {
    allowed: UNIT,
    path: (s) => `/api/v1/reports/${s.report.id}/assessments`,
    body: (s) => ({ goalId: s.goal.id, assessment: 'fulfilled', analysis: 'Bra' }),
  },
  createPlanComment: {
    allowed: COMMENT,
    path: (s) => `/api/v1/plans/${s.plan.id}/comments`,
    body: () => ({ body: 'Hej' }),
  },
};

const { app, api } = createApp({ database: base.handle, actor: 'matris' });
const ROLLBACK = new Error('rollback');
let current: Ctx = base;
api.ctxFor = () => current;
// Sign-in looked up inside the rolled-back transaction would wait on PGlite's one connection: the person
// under test is identified from the same ctx instead.
// Nobody signed in (principal absent) identifies as no one: the middleware must answer 401.
api.identify = async () =>
  current.principal ? { principal: current.principal, actor: current.actor } : undefined;

/** One request as a person holding one role, in a transaction that is rolled back afterwards. */
async function requestAs(role: Role | null, method: string, path: string, c: Case, s: Side) {
  let status = 0;
  let text = '';
  const init: RequestInit = { method: method.toUpperCase() };
  if (c.form) init.body = c.form();
  else {
    init.headers = { 'content-type': 'application/json' };
    init.body = JSON.stringify(c.body?.(s) ?? {});
  }
  const url = method === 'delete' ? `${path}${path.includes('?') ? '&' : '?'}version=1` : path;
  await base.db
    .transaction()
    .execute(async (trx) => {
      current = role
        ? {
            db: trx,
            actor: role,
            now: base.now,
            principal: { userId: role, name: role, email: `${role}@example.se`, grants: [GRANTS[role]] },
          }
        : { db: trx, actor: 'anonym', now: base.now };
      const res = await app.request(url, init);
      status = res.status;
      text = await res.text();
      throw ROLLBACK;
    })
    .catch((error) => {
      if (error !== ROLLBACK) throw error;
    });
  return { status, text };
}

const writes = api.routes.filter((r) => r.method !== 'get');
const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
const NAME_OF = new Map(Object.entries(contract).map(([name, e]) => [key(e), name] as const));

describe(`authorization matrix: ${writes.length} write endpoints × (${ROLES.length} roles + anonymous) × own/other organisation`, () => {
  it('covers every write endpoint of the route table', () => {
    const known = new Set(Object.keys(CASES).concat(Object.keys(ELSEWHERE)));
    const missing = writes.map(key).filter((k) => !known.has(NAME_OF.get(k) ?? k));
    assert.deepEqual(missing, [], 'write endpoints without a row in CASES or ELSEWHERE');
  });

  let cells = 0;
  for (const route of writes) {
    const name = NAME_OF.get(key(route));
    const c = name ? CASES[name] : undefined;
    if (!c) continue;
    for (const [where, s] of [
      ['own', own],
      ['other', other],
    ] as const) {
      it(`${name} on the ${where} organisation: ${c.allowed[where].join(', ')} allowed, the rest 403, anonymous 401`, async () => {
        const wrong: string[] = [];
        const anonymous = await requestAs(null, route.method, c.path(s), c, s);
        cells++;
        if (anonymous.status !== 401) wrong.push(`anonymous: ${anonymous.status}`);
        for (const role of ROLES) {
          const { status, text } = await requestAs(role, route.method, c.path(s), c, s);
          cells++;
          const allowed = c.allowed[where].includes(role);
          if (allowed ? status === 403 : status !== 403)
            wrong.push(`${role}: ${status} ${text.slice(0, 160)}`);
        }
        assert.deepEqual(wrong, []);
      });
    }
  }
  it('prints the matrix size', () => {
    console.log(`authzMatrixCells=${cells}`);
    assert.ok(cells > 0);
    // The bench reports the size from the route table alone; it must be the number this test checked.
    assert.equal(countMatrixCells(api.routes, contract), cells);
  });
});
