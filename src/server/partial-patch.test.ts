import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { getRecord, type VersionedTable } from '../services/record.ts';

const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'patch-testare' })).app;
const m = await buildMunicipality(ctx);

async function call(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function created(path: string, body: unknown): Promise<string> {
  const res = await call('POST', path, body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

/** Columns a successful write is expected to change besides the fields it sends. */
const BOOKKEEPING = ['version', 'updatedAt', 'updatedBy'];

/**
 * Creates a record with every field set away from its default, PATCHes exactly one field and checks that
 * every other column is unchanged and the one sent is changed.
 */
async function expectOnlyFieldChanged(
  table: VersionedTable,
  path: (id: string) => string,
  id: string,
  field: string,
  value: unknown,
) {
  const read = async () =>
    (await getRecord(ctx.db, table, id)) as unknown as Record<string, unknown> & { version: number };
  const before = await read();
  const res = await call('PATCH', path(id), { version: before.version, [field]: value });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const after = await read();
  assert.deepEqual(after[field], value);
  assert.equal(after.version, before.version + 1);
  for (const key of Object.keys(before)) {
    if (key === field || BOOKKEEPING.includes(key)) continue;
    assert.deepEqual(after[key], before[key], `${table}.${key} changed by a PATCH of ${field} alone`);
  }
}

describe('a PATCH changes exactly the fields it carries', () => {
  it('indicators keep direction, periodicity, gender split and consolidation', async () => {
    const id = await created('/api/v1/indicators', {
      name: 'Andel elever med godkända betyg',
      description: 'Mäts i juni.',
      unit: '%',
      valueKind: 'percent',
      direction: 'increase',
      periodicity: 'tertial',
      genderSplit: true,
      consolidation: 'weightedMean',
      externalId: 'N15419',
    });
    await expectOnlyFieldChanged('indicator', (i) => `/api/v1/indicators/${i}`, id, 'name', 'Nytt namn');
  });

  it('budget rows keep their amounts', async () => {
    const table = await created(`/api/v1/plans/${m.plan.id}/budget-tables`, {
      title: 'Verksamhetens budget',
      layout: 'category',
      amountUnit: 'mnkr',
    });
    const id = await created(`/api/v1/budget-tables/${table}/rows`, {
      label: 'Personalkostnader',
      groupKind: 'cost',
      budget: 1200,
      forecast: 1150,
      outcome: 1100,
      sortOrder: 3,
    });
    await expectOnlyFieldChanged('budgetRow', (i) => `/api/v1/budget-rows/${i}`, id, 'label', 'Löner');
  });

  it('budget tables keep layout and amount unit', async () => {
    const id = await created(`/api/v1/plans/${m.plan.id}/budget-tables`, {
      title: 'Projektbudget',
      layout: 'per_activity',
      amountUnit: 'mnkr',
      sortOrder: 4,
    });
    await expectOnlyFieldChanged(
      'budgetTable',
      (i) => `/api/v1/budget-tables/${i}`,
      id,
      'title',
      'Ny rubrik',
    );
  });

  it('goals keep number, texts, parent and order', async () => {
    const id = await created('/api/v1/goals', {
      year: m.year,
      level: 'unit',
      organisationId: m.unit.id,
      parentId: m.boardGoal.id,
      number: '2.1',
      title: 'Fler i arbete',
      description: 'Beskrivning',
      expectedResults: '- Resultat',
      waysOfWorking: 'Arbetssätt',
      resources: 'Resurser',
      followUp: 'Uppföljning',
      development: 'Utveckling',
      sortOrder: 7,
      origin: 'import',
    });
    await expectOnlyFieldChanged('goal', (i) => `/api/v1/goals/${i}`, id, 'title', 'Fler i egen försörjning');
  });

  it('activities keep goal, dates, description and assignments', async () => {
    const id = await created('/api/v1/activities', {
      year: m.year,
      ownerOrganisationId: m.board.id,
      goalId: m.boardGoal.id,
      title: 'Utveckla stödet',
      description: 'Tillsammans med enheterna.',
      startDate: `${m.year}-02-01`,
      endDate: `${m.year}-11-30`,
      assignedOrganisationIds: [m.unit.id],
      sortOrder: 5,
    });
    await expectOnlyFieldChanged('activity', (i) => `/api/v1/activities/${i}`, id, 'title', 'Nytt namn');
    const activity = await call('GET', `/api/v1/activities/${id}`);
    assert.deepEqual(activity.body.assignedOrganisationIds, [m.unit.id]);
  });

  it('plans keep their metadata and kind', async () => {
    const id = await created('/api/v1/plans', {
      organisationId: m.otherUnit.id,
      year: m.year,
      kind: 't1',
      title: 'Tertialrapport 1',
      author: 'Bo Ek',
      phone: '08-123 45',
      addressee: 'Nämnden',
      documentDate: `${m.year}-04-30`,
      dnr: 'SDN 2025/12',
      decisionProposal: 'Nämnden godkänner rapporten.',
      economyText: 'Ekonomin är i balans.',
      budgetText: 'Budgeten följs.',
    });
    await expectOnlyFieldChanged('plan', (i) => `/api/v1/plans/${i}`, id, 'author', 'Eva Lind');
  });

  it('plan sections keep part, depth, body and order', async () => {
    const id = await created(`/api/v1/plans/${m.plan.id}/sections`, {
      part: 'other',
      heading: 'Samverkan',
      depth: 2,
      body: 'Vi samverkar med skolan.',
      sortOrder: 6,
    });
    await expectOnlyFieldChanged('planSection', (i) => `/api/v1/sections/${i}`, id, 'heading', 'Samarbete');
  });

  it('organisations keep parent, short name, external id and validity', async () => {
    const id = await created('/api/v1/organisations', {
      parentId: m.board.id,
      kind: 'unit',
      name: 'Fritidsgården',
      shortName: 'Fritid',
      externalId: 'ORG-77',
      validFrom: '2024-01-01',
      validTo: '2030-12-31',
      sortOrder: 9,
    });
    await expectOnlyFieldChanged(
      'organisation',
      (i) => `/api/v1/organisations/${i}`,
      id,
      'name',
      'Fritidsgården Norr',
    );
  });
});
