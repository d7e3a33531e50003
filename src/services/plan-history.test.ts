import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import type { Ctx } from './context.ts';
import { updateGoal } from './goal.ts';
import { listPlanHistory } from './plan-history.ts';
import { createPlanSection, updatePlanSection } from './plan-section.ts';

const base = await openTestContext();
const m = await buildMunicipality(base);
const anna: Ctx = { ...base, actor: 'Anna Andersson' };
const section = await createPlanSection(anna, m.plan.id, {
  part: 'intro',
  heading: 'Uppdrag',
  body: 'Vi ger stöd i vardagen.',
});
await updatePlanSection({ ...base, actor: 'Bo Berg' }, section.id, {
  version: section.version,
  body: 'Vi ger snabbt stöd i vardagen.',
});
const goal = await addUnitGoal(anna, m, 'Fler i arbete');
await updateGoal(anna, goal.id, { version: goal.version, title: 'Fler brukare i arbete' });

describe('plan history', () => {
  it('names who changed what and when, newest first, with a word diff of the text', async () => {
    const { events } = await listPlanHistory(base, m.plan.id);
    assert.equal(events[0]!.entity, 'goal');
    assert.deepEqual(events[0]!.changes.find((c) => c.field === 'title')!.parts, [
      { op: 'same', text: 'Fler ' },
      { op: 'add', text: 'brukare ' },
      { op: 'same', text: 'i arbete' },
    ]);
    const edit = events.find((e) => e.entity === 'planSection' && e.action === 'update')!;
    assert.equal(edit.actor, 'Bo Berg');
    assert.equal(edit.name, 'Uppdrag');
    assert.deepEqual(
      edit.changes.map((c) => c.field),
      ['body'],
    );
    assert.ok(edit.changes[0]!.parts.some((p) => p.op === 'add' && p.text.includes('snabbt')));
    assert.ok(events.some((e) => e.entity === 'plan' && e.action === 'create'));
    // Other organisations' goals are not part of this plan's history.
    assert.equal(
      events.some((e) => e.entity === 'goal' && e.name === m.boardGoal.title),
      false,
    );
  });

  it('compares any two versions of the plan', async () => {
    const { events } = await listPlanHistory(base, m.plan.id);
    const created = events.find((e) => e.entity === 'planSection' && e.action === 'create')!;
    const { comparison } = await listPlanHistory(base, m.plan.id, { from: created.seq, to: events[0]!.seq });
    const records = comparison!.records;
    const sectionChange = records.find((r) => r.entity === 'planSection')!;
    assert.ok(sectionChange.changes[0]!.parts.some((p) => p.op === 'add' && p.text.includes('snabbt')));
    assert.ok(records.some((r) => r.entity === 'goal' && r.name === 'Fler brukare i arbete'));
  });

  it('refuses the history of a draft to another unit', async () => {
    const other: Ctx = {
      ...base,
      principal: {
        userId: 'u',
        name: 'Olle',
        email: 'o@example.se',
        grants: [{ role: 'unit_writer', organisationId: m.otherUnit.id }],
      },
    };
    await assert.rejects(listPlanHistory(other, m.plan.id), /utkast/);
  });
});
