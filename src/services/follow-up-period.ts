import type { FollowUpPeriodRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { defaultPeriods, periodOrder } from '../domain/follow-up-period.ts';
import type { PeriodPatch } from '../shared/schemas/follow-up.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { getRecord, insertRecord, updateRecord } from './record.ts';
import { ensureYear } from './year.ts';

const byCalendar = (a: FollowUpPeriodRow, b: FollowUpPeriodRow) =>
  periodOrder(a.period) - periodOrder(b.period);

export async function listPeriods(ctx: Ctx, year: number): Promise<FollowUpPeriodRow[]> {
  const rows = await ctx.db.selectFrom('followUpPeriod').selectAll().where('year', '=', year).execute();
  return rows.sort(byCalendar);
}

/** Creates the year's missing periods with the default dates; existing ones (and their deadlines) stay. */
export async function ensurePeriods(ctx: Ctx, year: number): Promise<FollowUpPeriodRow[]> {
  return inTransaction(ctx, async (trx) => {
    const existing = new Set((await listPeriods(trx, year)).map((p) => p.period));
    const missing = defaultPeriods(year).filter((p) => !existing.has(p.period));
    if (missing.length > 0) await ensureYear(trx, year);
    for (const period of missing) await insertRecord(trx, 'followUpPeriod', { year, ...period });
    return listPeriods(trx, year);
  });
}

/** One period of a year, created with the year's defaults when the year has none yet. */
export async function getPeriod(ctx: Ctx, year: number, period: string): Promise<FollowUpPeriodRow> {
  const find = () =>
    ctx.db
      .selectFrom('followUpPeriod')
      .selectAll()
      .where('year', '=', year)
      .where('period', '=', period)
      .executeTakeFirst();
  const found = (await find()) ?? (await ensurePeriods(ctx, year)).find((p) => p.period === period);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Perioden ${period} finns inte för ${year}. Ange T1, T2, VB eller ÅÅÅÅ-MM.`,
    );
  }
  return found;
}

export async function updatePeriod(ctx: Ctx, id: string, patch: PeriodPatch): Promise<FollowUpPeriodRow> {
  return inTransaction(ctx, async (trx) => {
    // Deadlines bind every unit and board of the city, so they are the city's to set, like the year itself.
    await assertCan(trx, 'year.manage', { organisationId: null });
    const current: FollowUpPeriodRow = await getRecord(trx.db, 'followUpPeriod', id);
    const { version, ...values } = patch;
    const next = { ...current, ...values };
    if (!(next.unitDeadline <= next.boardDeadline && next.boardDeadline <= next.cityDeadline)) {
      const message =
        'Sista dagarna måste ligga i ordning nerifrån och upp: enheternas först, sedan nämndernas, sist stadens.';
      throw new AppError('INVALID', message, { fields: { boardDeadline: message } });
    }
    if (next.unitDeadline < next.endsOn) {
      const message = `Enheternas sista dag kan inte ligga före periodens slut (${next.endsOn}).`;
      throw new AppError('INVALID', message, { fields: { unitDeadline: message } });
    }
    return updateRecord(trx, 'followUpPeriod', id, version, values);
  });
}
