import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../test/helpers/db.ts';
import {
  ACTIVITY_STATUSES,
  ASSESSMENTS,
  BUDGET_GROUPS,
  BUDGET_LAYOUTS,
  CONSOLIDATIONS,
  DIRECTIONS,
  GENDERS,
  GOAL_LEVELS,
  GOAL_TEXT_FIELDS,
  ORG_KINDS,
  OUTCOME_STATUSES,
  PERIODICITIES,
  PLAN_KINDS,
  PLAN_STATUSES,
  SECTION_PARTS,
  TARGET_KINDS,
  VALUE_KINDS,
} from './vocabulary.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'migrations' || name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** All values of a list written one after the other as a union or an array: a redeclaration. */
function redeclares(source: string, values: readonly string[]): boolean {
  return new RegExp(values.map((v) => `'${v}'`).join('\\s*[|,]\\s*')).test(source);
}

const handle = await openTestDatabase();

describe('vocabulary', () => {
  it('declares each list once, in domain/vocabulary.ts', () => {
    const lists = {
      GOAL_LEVELS,
      ORG_KINDS,
      TARGET_KINDS,
      GOAL_TEXT_FIELDS,
      PLAN_KINDS,
      SECTION_PARTS,
      ASSESSMENTS,
      ACTIVITY_STATUSES,
      OUTCOME_STATUSES,
    };
    const offenders = sourceFiles('src').flatMap((file) => {
      if (file.endsWith(join('domain', 'vocabulary.ts'))) return [];
      const source = readFileSync(file, 'utf8');
      return Object.entries(lists)
        .filter(([, values]) => redeclares(source, values))
        .map(([name]) => `${file}: ${name}`);
    });
    assert.deepEqual(offenders, []);
  });

  it('matches the check constraints of the database', async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(oid) as def from pg_constraint where contype = 'c'`.execute(handle.db);
    const checks = rows.map((r) => r.def).join('\n');
    const lists = [
      GOAL_LEVELS,
      ORG_KINDS,
      TARGET_KINDS,
      GENDERS,
      VALUE_KINDS,
      DIRECTIONS,
      PERIODICITIES,
      CONSOLIDATIONS,
      PLAN_KINDS,
      PLAN_STATUSES,
      SECTION_PARTS,
      BUDGET_LAYOUTS,
      BUDGET_GROUPS,
      ASSESSMENTS,
      ACTIVITY_STATUSES,
      OUTCOME_STATUSES,
    ];
    for (const values of lists) {
      for (const value of values)
        assert.ok(checks.includes(`'${value}'`), `no check constraint allows '${value}'`);
    }
  });
});
