// Board and city values computed at read time from the units' latest values, by each indicator's
// consolidation. Nothing is stored over the leaf values, so changing a rule loses nothing.
import { type DescendantOrg, listDescendants } from '../db/repos/follow-up-report.ts';
import { listLatestOutcomes } from '../db/repos/outcome.ts';
import type { IndicatorRow, OutcomeRow } from '../db/schema.ts';
import { consolidate } from '../domain/outcome-rules.ts';
import type { Gender } from '../domain/vocabulary.ts';
import type { Rollup } from '../shared/schemas/follow-up-views.ts';
import type { Ctx } from './context.ts';
import { getRecord } from './record.ts';

export type RollupIndicator = Pick<
  IndicatorRow,
  'id' | 'consolidation' | 'genderSplit' | 'weightIndicatorId'
>;
type UnitRef = Pick<DescendantOrg, 'id' | 'name'>;

/** The units a board's or the city's values add up from; a unit's own value is its roll-up. */
export async function listReportingUnits(ctx: Ctx, organisationId: string, year: number): Promise<UnitRef[]> {
  const org = await getRecord(ctx.db, 'organisation', organisationId);
  if (org.kind === 'unit') return [{ id: org.id, name: org.name }];
  return (await listDescendants(ctx.db, organisationId, year)).filter((o) => o.kind === 'unit');
}

/** Looks up a latest value by indicator, year, period, gender and unit. */
export type OutcomeLookup = (
  indicatorId: string,
  year: number,
  period: string,
  gender: Gender,
  unitId: string,
) => OutcomeRow | undefined;

export function indexOutcomes(rows: readonly OutcomeRow[]): OutcomeLookup {
  const key = (i: string, y: number, p: string, g: string, u: string) => `${i}|${y}|${p}|${g}|${u}`;
  const map = new Map(rows.map((r) => [key(r.indicatorId, r.year, r.period, r.gender, r.organisationId), r]));
  return (i, y, p, g, u) => map.get(key(i, y, p, g, u));
}

/** One gender's roll-up of one indicator over the units, with how many reported and how many did not. */
export function rollupValue(
  indicator: RollupIndicator,
  units: readonly UnitRef[],
  find: OutcomeLookup,
  at: { year: number; period: string; gender: Gender },
) {
  const { year, period, gender } = at;
  const rows = units.map((unit) => {
    const row = find(indicator.id, year, period, gender, unit.id);
    const weightRow = indicator.weightIndicatorId
      ? (find(indicator.weightIndicatorId, year, period, gender, unit.id) ??
        find(indicator.weightIndicatorId, year, period, 'T', unit.id))
      : undefined;
    return {
      organisationId: unit.id,
      name: unit.name,
      value: row?.value ?? null,
      // Weighted mean without a weight indicator weighs every unit alike (a plain mean).
      weight: indicator.weightIndicatorId ? (weightRow?.value ?? null) : 1,
      status: row?.status ?? null,
    };
  });
  const reported = rows.filter((r) => r.value !== null).length;
  return {
    gender,
    value: consolidate(rows, indicator.consolidation),
    reported,
    missing: units.length - reported,
    units: rows,
  };
}

export function gendersOf(indicator: Pick<IndicatorRow, 'genderSplit'>): Gender[] {
  return indicator.genderSplit ? ['T', 'K', 'M'] : ['T'];
}

export async function getRollup(
  ctx: Ctx,
  query: { indicatorId: string; organisationId: string; year: number; period: string },
): Promise<Rollup> {
  const indicator: IndicatorRow = await getRecord(ctx.db, 'indicator', query.indicatorId);
  const units = await listReportingUnits(ctx, query.organisationId, query.year);
  const indicatorIds = [indicator.id, ...(indicator.weightIndicatorId ? [indicator.weightIndicatorId] : [])];
  const latest = await listLatestOutcomes(ctx.db, {
    organisationIds: units.map((u) => u.id),
    years: [query.year],
    periods: [query.period],
    indicatorIds,
  });
  const find = indexOutcomes(latest);
  return {
    indicatorId: indicator.id,
    organisationId: query.organisationId,
    year: query.year,
    period: query.period,
    consolidation: indicator.consolidation,
    weightIndicatorId: indicator.weightIndicatorId,
    values: gendersOf(indicator).map((gender) =>
      rollupValue(indicator, units, find, { year: query.year, period: query.period, gender }),
    ),
  };
}
