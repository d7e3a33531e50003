import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { comparePlans } from './plan-comparison.ts';
import { createPlanSection } from './plan-section.ts';
import { setTarget } from './target.ts';
import { rolloverYear } from './year-rollover.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const changed = await addUnitGoal(ctx, m, 'Fler i arbete');
const same = await addUnitGoal(ctx, m, 'Tryggt boende');
const dropped = await addUnitGoal(ctx, m, 'Ett mål som slutar');
await createPlanSection(ctx, m.plan.id, { part: 'intro', heading: 'Inledning', body: 'Året 2025.' });
await setTarget(ctx, {
  indicatorId: m.indicator.id,
  organisationId: m.unit.id,
  year: 2025,
  gender: 'T',
  kind: 'number',
  value: 80,
});
await rolloverYear(ctx, {
  from: 2025,
  to: 2026,
  goals: [
    { goalId: changed.id, action: 'change', title: 'Fler i arbete och studier' },
    { goalId: dropped.id, action: 'drop' },
  ],
});

describe('plan comparison', () => {
  it('shows last year beside this year with what changed, was added or left behind', async () => {
    const plan = await ctx.db
      .selectFrom('plan')
      .select('id')
      .where('year', '=', 2026)
      .where('organisationId', '=', m.unit.id)
      .executeTakeFirstOrThrow();
    await createPlanSection(ctx, plan.id, { part: 'intro', heading: 'Nytt för 2026', body: 'Ny text.' });
    const c = await comparePlans(ctx, m.unit.id, 2026);
    assert.equal(c.previousPlanId, m.plan.id);
    const goal = (lineage: string) => c.goals.find((g) => g.key === lineage)!;
    assert.deepEqual(
      [goal(changed.lineageId).status, goal(changed.lineageId).before, goal(changed.lineageId).after],
      ['changed', 'Fler i arbete', 'Fler i arbete och studier'],
    );
    assert.equal(goal(same.lineageId).status, 'same');
    assert.equal(goal(dropped.lineageId).status, 'removed');
    assert.equal(c.sections.find((s) => s.label === 'Inledning')?.status, 'same');
    assert.equal(c.sections.find((s) => s.label === 'Nytt för 2026')?.status, 'added');
    const target = c.targets.find((t) => t.label === m.indicator.name)!;
    assert.deepEqual([target.before, target.after, target.detail], ['80 %', '80 %', 'proposed']);
  });

  it('says in Swedish when the organisation has no plan that year', async () => {
    await assert.rejects(comparePlans(ctx, m.otherUnit.id, 2026), /har ingen verksamhetsplan för 2026/);
  });
});
