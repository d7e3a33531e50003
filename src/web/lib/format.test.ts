import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountText, parseSwedishNumber } from './format.ts';

describe('parseSwedishNumber', () => {
  const cases: Array<[string, number | undefined]> = [
    ['33 700', 33700],
    ['3,5', 3.5],
    ['-1 200', -1200],
    ['1\u00a0200', 1200],
    ['\u22125', -5],
    ['', undefined],
    ['12 tkr', undefined],
    ['1,2,3', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected}`, () => assert.equal(parseSwedishNumber(text), expected));
  }
});

describe('amountText', () => {
  it('prints amounts the Swedish way with a plain space', () => {
    assert.equal(amountText(573600), '573 600');
    assert.equal(amountText(3.5), '3,5');
    assert.equal(amountText(null), '');
  });
});
