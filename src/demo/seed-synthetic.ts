import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { untyped } from '../db/untyped.ts';
import { seedSyntheticOutcomes } from './synthetic-outcomes.ts';
import { ACTOR, pushUnitPlan } from './synthetic-unit-plan.ts';

/** Sizes of the synthetic city; the defaults are Stockholm's scale. */
export interface SyntheticSize {
  boards: number;
  units: number;
  indicators: number;
  years: number[];
  /** How many indicators get outcomes in every period of every year (none when absent). */
  outcomeIndicators?: number;
}

export const STOCKHOLM_SCALE: SyntheticSize = {
  boards: 26,
  units: 1500,
  indicators: 150,
  years: [2024, 2025, 2026],
  outcomeIndicators: 40,
};

const BATCH = 500;

/**
 * Builds a city with bulk inserts (services would take minutes at this scale; the rules they enforce
 * hold by construction here). Returns the unit plan ids so a benchmark can request their trees.
 */
export async function seedSynthetic(db: Kysely<Database>, size: SyntheticSize = STOCKHOLM_SCALE) {
  const now = new Date();
  const audit = { createdAt: now, createdBy: ACTOR, updatedAt: now, updatedBy: ACTOR };
  const rows: Record<string, Array<Record<string, unknown>>> = {};
  const push = (table: string, row: Record<string, unknown>) => {
    rows[table] ??= [];
    rows[table].push(row);
  };

  const cityId = randomUUID();
  push('organisation', { id: cityId, kind: 'city', name: 'Syntetiska staden', parentId: null, ...audit });
  const boardIds = Array.from({ length: size.boards }, (_, b) => {
    const id = randomUUID();
    push('organisation', {
      id,
      kind: 'board',
      name: `Nämnd ${b + 1}`,
      parentId: cityId,
      sortOrder: b,
      ...audit,
    });
    return id;
  });
  const units = Array.from({ length: size.units }, (_, u) => {
    const id = randomUUID();
    const boardId = boardIds[u % boardIds.length]!;
    push('organisation', {
      id,
      kind: 'unit',
      name: `Enhet ${u + 1}`,
      parentId: boardId,
      sortOrder: u,
      ...audit,
    });
    return { id, boardId };
  });
  const indicatorIds = Array.from({ length: size.indicators }, (_, i) => {
    const id = randomUUID();
    push('indicator', {
      id,
      name: `Indikator ${i + 1}`,
      unit: '%',
      valueKind: 'percent',
      direction: 'increase',
      periodicity: i % 3 === 0 ? 'tertial' : 'year',
      genderSplit: i % 4 === 0,
      consolidation: 'weightedMean',
      ...audit,
    });
    return id;
  });

  const planIds: string[] = [];
  for (const year of size.years) {
    push('planningYear', { year, label: `År ${year}`, ...audit });
    const areaIds: string[] = [];
    for (let d = 1; d <= 3; d++) {
      const directionId = randomUUID();
      push('goal', {
        id: directionId,
        year,
        level: 'city_direction',
        organisationId: cityId,
        parentId: null,
        number: `${d}`,
        title: `Inriktningsmål ${d}`,
        sortOrder: d,
        ...audit,
      });
      for (let a = 1; a <= 4; a++) {
        const areaId = randomUUID();
        areaIds.push(areaId);
        push('goal', {
          id: areaId,
          year,
          level: 'city_area',
          organisationId: cityId,
          parentId: directionId,
          number: `${d}.${a}`,
          title: `Mål för verksamhetsområdet ${d}.${a}`,
          sortOrder: a,
          ...audit,
        });
      }
    }
    const placementsByArea = new Map<string, string[]>();
    indicatorIds.forEach((indicatorId, i) => {
      const areaId = areaIds[i % areaIds.length]!;
      const placementId = randomUUID();
      push('placement', { id: placementId, indicatorId, goalId: areaId, sortOrder: i, ...audit });
      placementsByArea.set(areaId, [...(placementsByArea.get(areaId) ?? []), placementId]);
      push('target', {
        id: randomUUID(),
        indicatorId,
        organisationId: cityId,
        year,
        gender: 'T',
        kind: 'number',
        value: 80,
        revision: 1,
        createdAt: now,
        createdBy: ACTOR,
      });
    });
    const boardGoals = new Map<string, Array<{ id: string; areaId: string }>>();
    boardIds.forEach((boardId, b) => {
      const goals = Array.from({ length: 6 }, (_, g) => {
        const id = randomUUID();
        const areaId = areaIds[(b + g) % areaIds.length]!;
        push('goal', {
          id,
          year,
          level: 'board',
          organisationId: boardId,
          parentId: areaId,
          number: `${b + 1}.${g + 1}`,
          title: `Nämndmål ${g + 1} för nämnd ${b + 1}`,
          description: 'Nämndens beskrivning av målet.',
          expectedResults: '- Första resultatet\n- Andra resultatet',
          sortOrder: g,
          ...audit,
        });
        return { id, areaId };
      });
      boardGoals.set(boardId, goals);
      for (const goal of goals.slice(0, 2)) {
        const activityId = randomUUID();
        push('activity', {
          id: activityId,
          year,
          goalId: goal.id,
          ownerOrganisationId: boardId,
          title: 'Nämndens aktivitet',
          startDate: `${year}-01-01`,
          endDate: `${year}-12-31`,
          ...audit,
        });
        units
          .filter((u) => u.boardId === boardId)
          .forEach((u, index) => {
            if (index % 2 === 0) push('activityAssignment', { activityId, organisationId: u.id });
          });
      }
    });
    units.forEach((unit, u) => {
      planIds.push(
        pushUnitPlan(push, {
          unit,
          u,
          year,
          audit,
          now,
          goals: boardGoals.get(unit.boardId)!,
          placementsByArea,
          areaIds,
          indicatorIds,
        }),
      );
    });
  }

  for (const org of rows.organisation ?? []) {
    if (org.parentId)
      push('organisationParent', { organisationId: org.id, parentId: org.parentId, validFrom: '1900-01-01' });
  }
  const order = [
    'organisation',
    'organisationParent',
    'indicator',
    'planningYear',
    'goal',
    'placement',
    'target',
    'activity',
    'activityAssignment',
    'plan',
    'planGoal',
    'planPlacement',
    'planSection',
    'budgetTable',
    'budgetRow',
  ];
  let total = 0;
  await db.transaction().execute(async (trx) => {
    for (const table of order) {
      const list = rows[table] ?? [];
      for (let i = 0; i < list.length; i += BATCH) {
        await untyped(trx)
          .insertInto(table)
          .values(list.slice(i, i + BATCH))
          .execute();
      }
      total += list.length;
    }
  });
  // Fresh statistics after a bulk load, as autovacuum would gather them: without them the planner
  // guesses one row per table and picks slow plans for the plan tree.
  await sql`analyze`.execute(db);
  const outcomes = size.outcomeIndicators
    ? await seedSyntheticOutcomes(db, {
        indicatorIds: indicatorIds.slice(0, size.outcomeIndicators),
        unitIds: units.map((u) => u.id),
        years: size.years,
      })
    : 0;
  // A database that has been running has been vacuumed: the visibility map lets index-only scans skip
  // the heap and the rows' hint bits are set. Right after a bulk load neither is true, and every read
  // of the city pays for it until autovacuum comes round (it never does where it is turned off).
  await sql`vacuum`.execute(db);
  return { planIds, rows: total + outcomes, cityId, outcomes };
}
