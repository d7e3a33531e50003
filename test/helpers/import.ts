import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Ctx } from '../../src/services/context.ts';

export const importFixtures = join(import.meta.dirname, '..', 'fixtures', 'import');

export function readImportFixture(name: string): string {
  return readFileSync(join(importFixtures, name), 'utf8');
}

const TABLES = [
  'organisation',
  'planning_year',
  'goal',
  'indicator',
  'placement',
  'target',
  'activity',
  'activity_assignment',
  'plan',
  'plan_section',
  'plan_goal',
  'plan_placement',
  'budget_table',
  'budget_row',
  'audit_event',
];

/** Row count of every table the importer can write, to prove an import wrote nothing. */
export async function rowCounts(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      ctx.db,
    );
    out[table] = result.rows[0]!.n;
  }
  return out;
}
