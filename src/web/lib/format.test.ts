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

describe('parseSwedishNumber where a percentage is due', () => {
  it('reads "12,5 %", "12,5%" and "94" as percent values', () => {
    assert.equal(parseSwedishNumber('12,5 %', { percent: true }), 12.5);
    assert.equal(parseSwedishNumber('12,5%', { percent: true }), 12.5);
    assert.equal(parseSwedishNumber('94', { percent: true }), 94);
  });
  it('still refuses a percent sign where no percentage is due', () => {
    assert.equal(parseSwedishNumber('12,5 %'), undefined);
  });
});

describe('amountText', () => {
  it('prints amounts the Swedish way with a plain space', () => {
    assert.equal(amountText(573600), '573 600');
    assert.equal(amountText(3.5), '3,5');
    assert.equal(amountText(null), '');
  });
});
