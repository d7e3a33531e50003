import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './errors.ts';
import { checkGoalParent, type GoalRef, normaliseNumber, parentLevelOf } from './goal-rules.ts';

const fieldsOf = (e: AppError) => (e.details?.fields ?? {}) as Record<string, string>;

const ref = (level: GoalRef['level'], organisationId = 'org', year = 2025): GoalRef => ({
  level,
  organisationId,
  year,
});

describe('goal parent rule', () => {
  const cases: Array<[string, GoalRef, GoalRef | null, string | null, boolean]> = [
    ['accepts a direction goal without parent', ref('city_direction', 'city'), null, null, true],
    [
      'rejects a direction goal with a parent',
      ref('city_direction', 'city'),
      ref('city_direction', 'city'),
      null,
      false,
    ],
    [
      'accepts an area goal under a direction goal',
      ref('city_area', 'city'),
      ref('city_direction', 'city'),
      null,
      true,
    ],
    ['rejects an area goal without parent', ref('city_area', 'city'), null, null, false],
    ['accepts a board goal under an area goal', ref('board', 'b1'), ref('city_area', 'city'), 'b1', true],
    [
      'rejects a board goal under a direction goal',
      ref('board', 'b1'),
      ref('city_direction', 'city'),
      'b1',
      false,
    ],
    ['accepts a unit goal under its own board goal', ref('unit', 'u1'), ref('board', 'b1'), 'b1', true],
    ['rejects a unit goal under a council goal', ref('unit', 'u1'), ref('city_area', 'city'), 'b1', false],
    ['rejects a unit goal under another board goal', ref('unit', 'u1'), ref('board', 'b2'), 'b1', false],
    [
      'rejects a unit goal under a goal of another year',
      ref('unit', 'u1', 2025),
      ref('board', 'b1', 2024),
      'b1',
      false,
    ],
    ['rejects a unit goal under a unit goal', ref('unit', 'u1'), ref('unit', 'u1'), 'b1', false],
  ];
  for (const [name, goal, parent, board, ok] of cases) {
    it(name, () => {
      if (ok) assert.doesNotThrow(() => checkGoalParent(goal, parent, board));
      else
        assert.throws(
          () => checkGoalParent(goal, parent, board),
          (e: unknown) => e instanceof AppError && e.code === 'INVALID' && Boolean(fieldsOf(e).parentId),
        );
    });
  }
  it('names the level above', () => {
    assert.equal(parentLevelOf('unit'), 'board');
    assert.equal(parentLevelOf('city_direction'), null);
  });
});

describe('goal numbers', () => {
  for (const [input, expected] of [
    ['1.4.', '1.4'],
    [' 2.4.1. ', '2.4.1'],
    ['3', '3'],
    ['', null],
    [null, null],
  ] as const) {
    it(`normalises ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () =>
      assert.equal(normaliseNumber(input), expected));
  }
});
