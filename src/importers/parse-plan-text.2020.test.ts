// The 2020 template: labels on their own lines, no author block, budget variant A.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findLostLines } from './lost-text.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';
import { countPlan as counts, findGoalByTitle } from './parsed-plan-queries.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'import');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function goalByTitle(plan: ParsedPlan, start: string): ParsedGoal {
  const goal = findGoalByTitle(plan, start);
  assert.ok(goal, `no goal starting with "${start}"`);
  return goal;
}

describe('parsePlanText on the 2020 layout with labels on their own lines', () => {
  const text = read('plan-2020-split-labels.txt');
  const { plans } = parsePlanText(text);
  const plan = plans[0]!;

  it('starts the plan at the Till block when there is no author', () => {
    assert.equal(plans.length, 1);
    assert.equal(plan.front.author, null);
    assert.equal(plan.front.addressee, 'Beställarenheten för äldre');
    assert.equal(plan.front.unit, 'Beställarenheten för äldre');
    assert.equal(plan.front.unitLine, 'Beställarenheten för äldre');
    assert.equal(plan.front.year, 2020);
  });

  it('joins labels with the goal text printed after a blank line', () => {
    assert.deepEqual(counts(plan), {
      directions: 2,
      areas: 3,
      board: 2,
      unit: 1,
      indicators: 6,
      activities: 4,
    });
    const direction = plan.goals[0]!;
    assert.equal(direction.number, '1');
    assert.equal(direction.title, 'En stad med möjligheter för alla');
    assert.deepEqual(direction.headingLines, ['KF:s inriktningsmål:', '1. En stad med möjligheter för alla']);
    const unit = goalByTitle(plan, 'De äldre får');
    assert.deepEqual(unit.sections, [
      'Förväntat resultat',
      'Arbetssätt',
      'Resursanvändning',
      'Uppföljning',
      'Utveckling',
    ]);
  });

  it('puts a KF-level activity on the KF goal and merges activity tables split by a page break', () => {
    const area = goalByTitle(plan, 'Stöd ges i tid');
    assert.equal(area.number, '1.4');
    assert.equal(area.activities.length, 1);
    assert.equal(goalByTitle(plan, 'Äldre får insatser').activities.length, 3);
  });

  it('re-joins a paragraph split after a dangling word', () => {
    assert.match(
      goalByTitle(plan, 'Invånarna i stadsdelen').fields.description!,
      /aktörer som Jobbcentrum för att/,
    );
  });

  it('types the target formats of the 2020 template', () => {
    const [eco, climate, energy, bought] = goalByTitle(plan, 'En god livsmiljö').indicators;
    assert.deepEqual(eco!.target, { kind: 'number', value: 60, unit: '%' });
    assert.deepEqual(climate!.target, { kind: 'number', value: 1.9, unit: null });
    assert.deepEqual(climate!.councilTarget, {
      kind: 'number',
      value: 1.9,
      unit: 'kg CO ₂ per kg livsmedel',
    });
    assert.equal(energy!.councilTarget?.kind, 'text');
    assert.deepEqual(bought!.councilTarget, { kind: 'number', value: 1945, unit: 'GWh' });
    assert.deepEqual(goalByTitle(plan, 'Alla kan försörja').indicators[0]!.target, {
      kind: 'number',
      value: 120,
      unit: 'st',
    });
  });

  it('reads budget variant A with italic group rows and the budget box', () => {
    const economy = plan.economy;
    assert.equal(economy.heading, 'Uppföljning av ekonomi');
    assert.deepEqual(
      economy.budgetBox.map((b) => [b.label, b.value]),
      [
        ['Budgetår', '2020'],
        ['Enhet', 'Beställarenheten ÄO'],
        ['Enhetschef', 'Eva Holm'],
      ],
    );
    const table = economy.tables[0]!;
    assert.equal(table.unit, 'TKr');
    assert.deepEqual(table.columns, ['Budget']);
    assert.equal(table.signConvention, 'all_positive');
    const byLabel = new Map(table.rows.map((r) => [r.label, r]));
    assert.equal(byLabel.get('Intäkter')!.group, 'heading');
    assert.equal(byLabel.get('Summa intäkter')!.sumOf, 'revenue');
    assert.deepEqual(byLabel.get('Summa netto')!.values, [209300]);
    assert.deepEqual(byLabel.get('Summa netto')!.normalized, [-209300]);
    assert.equal(plan.front.board, 'Stadsdelsförvaltning Västra Åsen');
  });

  it('loses no text', () => {
    assert.deepEqual(findLostLines(text, plan), []);
  });
});
