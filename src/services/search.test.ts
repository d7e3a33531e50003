import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addBoardActivity, addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { createPlanSection } from './plan-section.ts';
import { searchYearContent } from './search.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const unitGoal = await addUnitGoal(ctx, m, 'Brukarna får en egen kontaktperson');
const activity = await addBoardActivity(ctx, m, [m.unit.id]);
const section = await createPlanSection(ctx, m.plan.id, {
  part: 'intro',
  heading: 'Verksamhetens uppdrag',
  body: 'Enheten ger daglig verksamhet till vuxna med funktionsnedsättningar.',
});
const later = await buildMunicipality(ctx, 2026);
await addUnitGoal(ctx, later, 'Brukaren möter samma kontaktperson varje vecka');

describe('search', () => {
  it('finds goals by a stemmed Swedish word, only in the chosen year, with a marked snippet', async () => {
    const result = await searchYearContent(ctx, 2025, 'brukare kontaktpersonerna');
    const goal = result.hits.find((h) => h.id === unitGoal.id);
    assert.ok(goal, JSON.stringify(result.hits));
    assert.equal(goal.kind, 'goal');
    assert.equal(goal.anchor, `mal-${unitGoal.id}`);
    assert.equal(goal.organisationId, m.unit.id);
    assert.match(goal.snippet, /«Brukarna»/);
    assert.ok(
      result.hits.every((h) => h.organisationId !== later.unit.id),
      'nothing from 2026',
    );
  });

  it('finds indicators, activities and plan text, each with its place in the editor', async () => {
    const indicator = await searchYearContent(ctx, 2025, 'nöjda brukare');
    assert.ok(
      indicator.hits.some((h) => h.kind === 'indicator' && h.anchor === `indikator-${m.placement.id}`),
    );
    const act = await searchYearContent(ctx, 2025, 'utveckla stödet');
    assert.ok(act.hits.some((h) => h.kind === 'activity' && h.id === activity.id));
    const text = await searchYearContent(ctx, 2025, 'funktionsnedsättning');
    const hit = text.hits.find((h) => h.kind === 'section');
    assert.equal(hit?.anchor, `avsnitt-${section.id}`);
    assert.equal(hit?.organisationId, m.unit.id);
  });

  it('takes quotes and exclusions like a web search and finds nothing for a word not there', async () => {
    const excluded = await searchYearContent(ctx, 2025, 'brukarna -kontaktperson');
    assert.ok(!excluded.hits.some((h) => h.id === unitGoal.id));
    assert.deepEqual((await searchYearContent(ctx, 2025, 'helikopterplatta')).hits, []);
  });
});
