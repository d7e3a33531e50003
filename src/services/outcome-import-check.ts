// The checks of one outcome file row before anything is written: the organisation and indicator it
// names, its value against the indicator's kind, a closed period, the person's right to report for the
// organisation, and the rows before it (a key given twice). Each problem is recorded with its row and
// column in Swedish, as the import report shows it.
import { type OutcomeKey, outcomeKey } from '../db/repos/outcome.ts';
import type { OutcomeRow } from '../db/schema.ts';
import { reportPeriodOf } from '../domain/follow-up-period.ts';
import { outcomeProblems } from '../domain/outcome-rules.ts';
import { isWritable } from '../domain/plan-workflow.ts';
import { REPORT_PERIOD_KIND } from '../domain/vocabulary.ts';
import { type FileError, type OutcomeFileRow, parseRowValue } from '../importers/outcome-file.ts';
import { canDo } from './authz.ts';
import type { Ctx } from './context.ts';

const COLUMN: Record<string, string> = { period: 'Period', gender: 'Kön', value: 'Värde' };

export type Typed = OutcomeKey & {
  /** outcomeKey of the row, made once. */
  key: string;
  row: number;
  value: number | null;
  status: OutcomeRow['status'];
  comment: string;
};

/**
 * Checks one row against the organisations, indicators, closed periods, the person's rights and the rows
 * before it; records what is wrong in `errors` and returns the row typed when it can be written.
 */
export async function rowChecker(
  ctx: Ctx,
  rows: readonly OutcomeFileRow[],
  year: number,
  errors: FileError[],
) {
  const lookups = await loadLookups(ctx, rows, year);
  const fail = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const seen = new Map<string, number>();
  // The person's right to report, once per organisation the file names: each row is then checked without waiting.
  const orgOf = (r: OutcomeFileRow) =>
    r.organisationCode ? lookups.orgByCode.get(r.organisationCode) : lookups.orgByName.get(r.organisation);
  const named = new Set<string>();
  for (const r of rows) {
    const org = orgOf(r);
    if (org && org !== 'ambiguous') named.add(org.id);
  }
  const allowed = new Map(
    await Promise.all(
      [...named].map(async (id) => [id, await canDo(ctx, 'followup.write', { organisationId: id })] as const),
    ),
  );
  // A row whose cells could not be read (period, gender, status) gets no further messages.
  const unreadable = new Set(errors.map((e) => e.row));

  return (r: OutcomeFileRow): Typed | undefined => {
    if (unreadable.has(r.row)) return undefined;
    const org = orgOf(r);
    if (!org) {
      fail(
        r.row,
        r.organisationCode ? 'Organisationskod' : 'Organisation',
        `Organisationen ${r.organisationCode || r.organisation} finns inte. Kontrollera organisationskoden mot organisationsregistret.`,
      );
    } else if (org === 'ambiguous') {
      fail(r.row, 'Organisation', `Flera organisationer heter ${r.organisation}. Ange organisationskoden.`);
    }
    const indicator = r.indicatorId
      ? lookups.indicatorById.get(r.indicatorId)
      : lookups.indicatorByName.get(r.indicator);
    if (!indicator) {
      fail(
        r.row,
        r.indicatorId ? 'Indikator-id' : 'Indikator',
        `Indikatorn ${r.indicatorId || r.indicator} finns inte. Kontrollera indikator-id:t.`,
      );
    } else if (indicator === 'ambiguous') {
      fail(r.row, 'Indikator', `Flera indikatorer heter ${r.indicator}. Ange indikator-id.`);
    }
    if (!org || org === 'ambiguous' || !indicator || indicator === 'ambiguous') return undefined;
    const parsed = parseRowValue(r, indicator.valueKind === 'percent');
    if ('error' in parsed) {
      fail(r.row, 'Värde', parsed.error);
      return undefined;
    }
    const problems = outcomeProblems({ period: r.period, gender: r.gender, ...parsed }, indicator);
    for (const [field, message] of Object.entries(problems)) fail(r.row, COLUMN[field] ?? 'Värde', message);
    const fields = {
      indicatorId: indicator.id,
      organisationId: org.id,
      year,
      period: r.period,
      gender: r.gender,
    };
    const key = outcomeKey(fields);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        r.row,
        'Period',
        `Raden upprepar rad ${earlier} (samma organisation, indikator, period och kön). Ta bort en av dem.`,
      );
      return undefined;
    }
    seen.set(key, r.row);
    const locked = lookups.lockedReports.get(`${org.id}|${reportPeriodOf(r.period)}`);
    if (locked)
      fail(
        r.row,
        'Period',
        `Perioden ${r.period} ${year} är stängd för ${org.name} (rapporten är ${locked}). Den måste öppnas igen innan utfallet kan ändras.`,
      );
    if (!allowed.get(org.id)) {
      fail(r.row, 'Organisation', `Du får inte rapportera utfall för ${org.name}.`);
    }
    if (Object.keys(problems).length > 0) return undefined;
    return { ...fields, key, row: r.row, value: parsed.value, status: parsed.status, comment: r.comment };
  };
}

type Ambiguous<T> = T | 'ambiguous';

function uniqueBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, Ambiguous<T>> {
  const map = new Map<string, Ambiguous<T>>();
  for (const item of items) {
    const k = key(item);
    if (k) map.set(k, map.has(k) ? 'ambiguous' : item);
  }
  return map;
}

async function loadLookups(ctx: Ctx, rows: readonly { period: string }[], year: number) {
  const orgs = await ctx.db.selectFrom('organisation').select(['id', 'name', 'externalId']).execute();
  const indicators = await ctx.db
    .selectFrom('indicator')
    .select(['id', 'name', 'externalId', 'valueKind', 'periodicity', 'genderSplit', 'percentUnbounded'])
    .execute();
  const reports =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('plan')
          .select(['organisationId', 'kind', 'status'])
          .where('year', '=', year)
          .where('kind', 'in', Object.values(REPORT_PERIOD_KIND))
          .execute();
  const periodOfKind = { t1: 'T1', t2: 'T2', annual: 'VB' } as Record<string, string>;
  const lockedReports = new Map(
    reports
      .filter((r) => !isWritable(r.status))
      .map((r) => [`${r.organisationId}|${periodOfKind[r.kind]}`, statusText(r.status)]),
  );
  return {
    orgByCode: uniqueBy(orgs, (o) => o.externalId),
    orgByName: uniqueBy(orgs, (o) => o.name),
    indicatorById: new Map([
      ...uniqueBy(indicators, (i) => i.id),
      ...uniqueBy(indicators, (i) => i.externalId),
    ]),
    indicatorByName: uniqueBy(indicators, (i) => i.name),
    lockedReports,
  };
}

function statusText(status: string): string {
  return (
    { submitted: 'inskickad', approved: 'godkänd', decided: 'beslutad', published: 'publicerad' }[status] ??
    status
  );
}
