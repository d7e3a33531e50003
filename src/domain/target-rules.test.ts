import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './errors.ts';
import { checkTargetFits, formatTarget } from './target-rules.ts';

const fieldsOf = (e: AppError) => (e.details?.fields ?? {}) as Record<string, string>;

describe('target rules', () => {
  const ok: Array<[string, Parameters<typeof checkTargetFits>[0], Parameters<typeof checkTargetFits>[1]]> = [
    ['a percentage within 0–100', { kind: 'number', value: 94 }, 'percent'],
    ['a decimal percentage', { kind: 'number', value: 3.5 }, 'percent'],
    ['a count', { kind: 'number', value: 360 }, 'number'],
    ['a qualitative increase', { kind: 'increase' }, 'percent'],
    ['a target set by the board', { kind: 'set_by_board', text: 'Tas fram av nämnd/styrelse' }, 'percent'],
    ['free text', { kind: 'text', text: 'Max 10 personer' }, 'number'],
  ];
  for (const [name, target, kind] of ok)
    it(`accepts ${name}`, () => assert.doesNotThrow(() => checkTargetFits(target, kind)));
  const bad: Array<
    [string, Parameters<typeof checkTargetFits>[0], Parameters<typeof checkTargetFits>[1], string]
  > = [
    ['a percentage over 100', { kind: 'number', value: 140 }, 'percent', 'value'],
    ['a number target without a number', { kind: 'number', value: null }, 'number', 'value'],
    ['a qualitative target with a number', { kind: 'increase', value: 3 }, 'percent', 'value'],
    ['empty free text', { kind: 'text', text: '  ' }, 'number', 'text'],
    ['a negative index', { kind: 'number', value: -1 }, 'index', 'value'],
  ];
  for (const [name, target, kind, field] of bad) {
    it(`rejects ${name}`, () =>
      assert.throws(
        () => checkTargetFits(target, kind),
        (e: unknown) => e instanceof AppError && e.code === 'INVALID' && field in fieldsOf(e),
      ));
  }
  it('formats targets the Swedish way', () => {
    assert.equal(formatTarget({ kind: 'number', value: 3.5 }, '%'), '3,5 %');
    assert.equal(formatTarget({ kind: 'number', value: 1945 }, 'GWh'), '1 945 GWh');
    assert.equal(formatTarget({ kind: 'increase' }, '%'), 'öka');
    assert.equal(formatTarget({ kind: 'set_by_board' }, '%'), 'Tas fram av nämnd');
  });
});
