import { searchYear } from '../db/repos/search.ts';
import type { PlanStatus } from '../domain/vocabulary.ts';
import type { SearchResult } from '../shared/schemas/search.ts';
import { canSeePlan } from './authz.ts';
import type { Ctx } from './context.ts';

const LIMIT = 50;

/** One box for the whole year; a draft plan's text shows only to those who may read the draft. */
export async function searchYearContent(ctx: Ctx, year: number, q: string): Promise<SearchResult> {
  const rows = await searchYear(ctx.db, year, q, LIMIT);
  const hits = [];
  for (const row of rows) {
    if (
      row.planStatus &&
      !(await canSeePlan(ctx, { organisationId: row.organisationId, status: row.planStatus as PlanStatus }))
    )
      continue;
    const { planStatus: _status, ...hit } = row;
    hits.push(hit);
  }
  return { year, q, hits };
}
