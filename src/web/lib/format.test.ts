import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountText, parseNumberText } from './format.ts';

describe('parseNumberText', () => {
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
    it(`reads "${text}" as ${expected}`, () => assert.equal(parseNumberText(text), expected));
  }
});

describe('parseNumberText where a percentage is due', () => {
  it('reads "12,5 %", "12,5%" and "94" as percent values', () => {
    assert.equal(parseNumberText('12,5 %', { percent: true }), 12.5);
    assert.equal(parseNumberText('12,5%', { percent: true }), 12.5);
    assert.equal(parseNumberText('94', { percent: true }), 94);
  });
  it('still refuses a percent sign where no percentage is due', () => {
    assert.equal(parseNumberText('12,5 %'), undefined);
  });
});

describe('parseNumberText in English', () => {
  const cases: Array<[string, number | undefined]> = [
    ['1,500', 1500],
    ['-12,345,678.25', -12345678.25],
    ['3.5', 3.5],
    ['33 700', 33700],
    ['3,5', 3.5],
    ['1,50,0', undefined],
    ['1.500,5', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected}`, () => assert.equal(parseNumberText(text, { lng: 'en' }), expected));
  }
  it('reads "1,500" as one and a half in Swedish, as a Swede means it', () => {
    assert.equal(parseNumberText('1,500', { lng: 'sv' }), 1.5);
  });
  it('reads back what amountText printed, in both languages', () => {
    for (const lng of ['sv', 'en'])
      for (const value of [0.125, 1500.5, -1234567, 3.5])
        assert.equal(parseNumberText(amountText(value, lng), { lng }), Math.round(value * 100) / 100);
  });
});

describe('amountText', () => {
  it('prints amounts the Swedish way with a plain space', () => {
    assert.equal(amountText(573600), '573 600');
    assert.equal(amountText(3.5), '3,5');
    assert.equal(amountText(null), '');
  });
});
