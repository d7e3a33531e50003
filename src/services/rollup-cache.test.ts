import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp } from '../../test/helpers/follow-up.ts';
import { aggregateOutcomes, computeAggregates } from '../db/repos/rollup-aggregate.ts';
import { createOrganisation, updateOrganisation } from './organisation.ts';
import { writeOutcome } from './outcome.ts';
import { importOutcomes } from './outcome-import.ts';

// The cached roll-up must always equal adding up afresh: after a new value, a correction, a bulk import
// and a unit moving to another board.
const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const year = f.year;
const filter = {
  rootId: f.board.id,
  treeYear: year,
  indicatorIds: [f.visits.id, f.indicator.id],
  years: [year],
  periods: ['T1', 'VB'],
};
const put = (organisationId: string, period: string, value: number) =>
  writeOutcome(ctx, {
    indicatorId: f.visits.id,
    organisationId,
    year,
    period,
    gender: 'T',
    value,
    status: 'final',
    comment: '',
  });
const sorted = (rows: Awaited<ReturnType<typeof computeAggregates>>) =>
  rows
    .map((r) =>
      [r.indicatorId, r.year, r.period, r.gender, r.reported, r.sum, r.mean, r.weightedMean].join(' '),
    )
    .sort();
/** The cached answer, checked against a fresh sum; returns the visits' T1 total. */
async function visitsT1(): Promise<number | null> {
  const cached = await aggregateOutcomes(ctx.db, filter);
  assert.deepEqual(sorted(cached), sorted(await computeAggregates(ctx.db, filter)));
  return (
    cached.find((r) => r.indicatorId === f.visits.id && r.period === 'T1' && r.gender === 'T')?.sum ?? null
  );
}
const entries = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from rollup_cache`.execute(ctx.db)).rows[0]!.n;

describe('cached roll-up', () => {
  it('answers from its entries and follows every change to the values or the tree', async () => {
    await put(f.unit.id, 'T1', 10);
    await put(f.otherUnit.id, 'T1', 5);
    assert.equal(await visitsT1(), 15);
    assert.equal(await entries(), 4, 'one entry per indicator and period, also where nobody reported');
    assert.equal(await visitsT1(), 15, 'read again from the entries');

    await put(f.unit.id, 'T1', 12);
    assert.equal(await visitsT1(), 17, 'a correction');

    const file = new TextEncoder().encode(
      'Organisation;Organisationskod;Indikator;Indikator-id;Period;Kön;Värde;Status;Kommentar\r\n' +
        `${f.otherUnit.name};;;${f.visits.id};T1;T;8;Slutligt;\r\n`,
    );
    assert.equal((await importOutcomes(ctx, file, { year })).changed, 1);
    assert.equal(await visitsT1(), 20, 'a bulk import');

    const elsewhere = await createOrganisation(ctx, {
      kind: 'board',
      name: 'Annan nämnd',
      parentId: f.board.parentId,
    });
    const unit = await ctx.db
      .selectFrom('organisation')
      .select('version')
      .where('id', '=', f.otherUnit.id)
      .executeTakeFirstOrThrow();
    await updateOrganisation(ctx, f.otherUnit.id, {
      version: unit.version,
      parentId: elsewhere.id,
      movedOn: `${year}-01-01`,
    });
    assert.equal(await visitsT1(), 12, 'the moved unit no longer counts for its old board');
  });
});
