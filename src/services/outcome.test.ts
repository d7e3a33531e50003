import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp, completeAndSubmit } from '../../test/helpers/follow-up.ts';
import { ensurePeriods, listPeriods, updatePeriod } from './follow-up-period.ts';
import { ensureReport } from './follow-up-report.ts';
import { updateIndicator } from './indicator.ts';
import { listOutcomeHistory, writeOutcome } from './outcome.ts';
import { approvePlan, decidePlan, reopenPlan, submitPlan } from './plan-workflow.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const base = { organisationId: f.unit.id, year: f.year, comment: '' };

const rejects = (promise: Promise<unknown>, code: string, pattern: RegExp) =>
  assert.rejects(
    promise,
    (e: { code: string; message: string }) => e.code === code && pattern.test(e.message),
  );

describe('follow-up periods', () => {
  it('creates T1, T2, VB and the twelve months with bottom-up deadlines, once', async () => {
    const first = await ensurePeriods(ctx, 2027);
    const again = await ensurePeriods(ctx, 2027);
    assert.deepEqual(first.map((p) => p.period).slice(0, 5), [
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      'T1',
    ]);
    assert.equal(again.length, 15);
    for (const p of first) assert.ok(p.unitDeadline <= p.boardDeadline && p.boardDeadline <= p.cityDeadline);
    const vb = first.find((p) => p.period === 'VB')!;
    assert.equal(vb.unitDeadline, '2028-01-20');
  });

  it('refuses deadlines out of order, in Swedish', async () => {
    const t1 = (await listPeriods(ctx, 2027)).find((p) => p.period === 'T1')!;
    await rejects(
      updatePeriod(ctx, t1.id, { version: t1.version, cityDeadline: '2027-05-01' }),
      'INVALID',
      /ordning/,
    );
    const moved = await updatePeriod(ctx, t1.id, { version: t1.version, unitDeadline: '2027-05-12' });
    assert.equal(moved.unitDeadline, '2027-05-12');
  });
});

describe('outcomes', () => {
  it('keeps every correction as history and shows the latest', async () => {
    const key = { ...base, indicatorId: f.visits.id, period: 'T1', gender: 'T' as const };
    const first = await writeOutcome(ctx, { ...key, value: 120, status: 'preliminary' });
    const same = await writeOutcome(ctx, { ...key, value: 120, status: 'preliminary' });
    assert.equal(same.id, first.id, 'writing the same value again adds no revision');
    const fixed = await writeOutcome(ctx, {
      ...key,
      value: 125.5,
      status: 'final',
      comment: 'Rättat efter avstämning',
    });
    assert.equal(fixed.revision, 2);
    const history = await listOutcomeHistory(ctx, key);
    assert.deepEqual(
      history.map((h) => [h.value, h.revision, h.current]),
      [
        [125.5, 2, true],
        [120, 1, false],
      ],
    );
  });

  it('refuses to change a stored outcome in the database itself', async () => {
    await assert.rejects(
      sql`update outcome set value = 1`.execute(ctx.db),
      /rättelse sparas som ett nytt utfall/,
    );
  });

  it('types values by the indicator: a percentage lies within 0–100 unless the indicator allows more', async () => {
    const key = {
      ...base,
      indicatorId: f.indicator.id,
      period: 'VB',
      gender: 'K' as const,
      status: 'final' as const,
    };
    await rejects(writeOutcome(ctx, { ...key, value: 112 }), 'INVALID', /mellan 0 och 100/);
    await updateIndicator(ctx, f.indicator.id, { version: f.indicator.version, percentUnbounded: true });
    assert.equal((await writeOutcome(ctx, { ...key, value: 112 })).value, 112);
  });

  it('asks for values only in the periods the periodicity names', async () => {
    const yearly = {
      ...base,
      indicatorId: f.indicator.id,
      gender: 'T' as const,
      value: 70,
      status: 'final' as const,
    };
    await rejects(writeOutcome(ctx, { ...yearly, period: 'T1' }), 'INVALID', /följs upp i VB/);
    await rejects(
      writeOutcome(ctx, {
        ...base,
        indicatorId: f.visits.id,
        period: '2025-03',
        gender: 'T',
        value: 1,
        status: 'final',
      }),
      'INVALID',
      /i T1, T2 och VB/,
    );
  });

  it('refuses women and men for an indicator that is not gender-split', async () => {
    const key = {
      ...base,
      indicatorId: f.visits.id,
      period: 'T2',
      gender: 'K' as const,
      value: 3,
      status: 'final' as const,
    };
    await rejects(writeOutcome(ctx, key), 'INVALID', /inte könsuppdelad/);
  });

  it('needs a value unless the status is Saknas, and no value with Saknas', async () => {
    const key = { ...base, indicatorId: f.visits.id, period: 'T2', gender: 'T' as const };
    await rejects(writeOutcome(ctx, { ...key, value: null, status: 'final' }), 'INVALID', /Ange ett värde/);
    await rejects(
      writeOutcome(ctx, { ...key, value: 3, status: 'missing' }),
      'INVALID',
      /Saknas har inget värde/,
    );
    assert.equal((await writeOutcome(ctx, { ...key, value: null, status: 'missing' })).status, 'missing');
  });

  it('refuses writes while the report of the period is submitted or decided, and takes them after reopening', async () => {
    const vb = await ensureReport(ctx, { organisationId: f.unit.id, year: f.year, period: 'VB' });
    await rejects(
      submitPlan(ctx, vb.id, { version: vb.version }),
      'INVALID',
      /kan inte skickas in förrän allt är ifyllt/,
    );
    const submitted = await completeAndSubmit(ctx, vb.id);
    const key = {
      ...base,
      indicatorId: f.visits.id,
      period: 'VB',
      gender: 'T' as const,
      value: 301,
      status: 'final' as const,
    };
    await rejects(writeOutcome(ctx, key), 'FORBIDDEN', /Verksamhetsberättelse 2025 är inskickad/);
    const approved = await approvePlan(ctx, vb.id, { version: submitted.version });
    const decided = await decidePlan(ctx, vb.id, {
      version: approved.version,
      decidedOn: '2026-02-10',
      body: 'Nämnden',
    });
    await rejects(writeOutcome(ctx, key), 'FORBIDDEN', /låst/);
    await reopenPlan(ctx, vb.id, { version: decided.version, comment: 'Rättelse av besökstal' });
    assert.equal((await writeOutcome(ctx, key)).value, 301);
  });
});
