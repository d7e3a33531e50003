import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { checkPlanCompleteness } from '../domain/completeness.ts';
import { buildPlanTree } from './plan-tree.ts';
import { confirmTarget, listTargets, setTarget } from './target.ts';
import { rolloverYear } from './year-rollover.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const kept = await addUnitGoal(ctx, m, 'Fler brukare får stöd');
const dropped = await addUnitGoal(ctx, m, 'Ett mål som inte ska med');
await setTarget(ctx, {
  indicatorId: m.indicator.id,
  organisationId: m.unit.id,
  year: 2025,
  gender: 'T',
  kind: 'number',
  value: 80,
});

describe('year rollover choices and target proposals', () => {
  it('refuses a changed goal without a new title, writing nothing', async () => {
    await assert.rejects(
      rolloverYear(ctx, { from: 2025, to: 2026, goals: [{ goalId: kept.id, action: 'change', title: '' }] }),
      /Skriv den nya lydelsen/,
    );
    assert.equal((await ctx.db.selectFrom('goal').select('id').where('year', '=', 2026).execute()).length, 0);
  });

  it('keeps, changes and drops goals as chosen and carries targets as proposals', async () => {
    const report = await rolloverYear(ctx, {
      from: 2025,
      to: 2026,
      goals: [
        { goalId: m.boardGoal.id, action: 'change', title: 'Stöd i tid, med kortare väntan' },
        { goalId: dropped.id, action: 'drop' },
        { goalId: kept.id, action: 'keep' },
      ],
    });
    assert.equal(report.changedGoals, 1);
    assert.equal(report.droppedGoals, 1);
    assert.equal(report.targets, 1);
    const goals = await ctx.db.selectFrom('goal').selectAll().where('year', '=', 2026).execute();
    assert.ok(
      goals.some(
        (g) => g.lineageId === m.boardGoal.lineageId && g.title === 'Stöd i tid, med kortare väntan',
      ),
    );
    assert.ok(goals.some((g) => g.lineageId === kept.lineageId && g.title === 'Fler brukare får stöd'));
    assert.ok(!goals.some((g) => g.lineageId === dropped.lineageId));
    const old = await ctx.db
      .selectFrom('goal')
      .select('title')
      .where('id', '=', m.boardGoal.id)
      .executeTakeFirstOrThrow();
    assert.equal(old.title, 'Personer med funktionsnedsättning får stöd i tid');

    const [proposal] = await listTargets(ctx, { year: 2026, organisationId: m.unit.id });
    assert.equal(proposal?.proposed, true);
    assert.equal(proposal?.value, 80);
    const [lastYear] = await listTargets(ctx, { year: 2025, organisationId: m.unit.id });
    assert.equal(lastYear?.proposed, false);
  });

  it('flags the proposal in the new plan until it is confirmed', async () => {
    const plan = await ctx.db
      .selectFrom('plan')
      .select('id')
      .where('year', '=', 2026)
      .where('organisationId', '=', m.unit.id)
      .executeTakeFirstOrThrow();
    const before = checkPlanCompleteness(await buildPlanTree(ctx, plan.id));
    assert.ok(before.some((i) => i.rule === 'target_proposal_unconfirmed'));
    const [proposal] = await listTargets(ctx, { year: 2026, organisationId: m.unit.id });
    const confirmed = await confirmTarget(ctx, proposal!.id);
    assert.equal(confirmed.proposed, false);
    assert.equal(confirmed.revision, 2);
    assert.equal(confirmed.value, 80);
    const after = checkPlanCompleteness(await buildPlanTree(ctx, plan.id));
    assert.ok(!after.some((i) => i.rule === 'target_proposal_unconfirmed'));
  });

  it('refuses a second rollover into the year, leaving both years as they were', async () => {
    const count = async (year: number) =>
      (await ctx.db.selectFrom('target').select('id').where('year', '=', year).execute()).length;
    const [t2025, t2026] = [await count(2025), await count(2026)];
    await assert.rejects(rolloverYear(ctx, { from: 2025, to: 2026 }), /År 2026 har redan mål/);
    assert.deepEqual([await count(2025), await count(2026)], [t2025, t2026]);
  });
});
