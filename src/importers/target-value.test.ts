import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNumber, parsePeriodicity, parseTarget } from './target-value.ts';

describe('parseTarget', () => {
  const cases: [string | null, unknown][] = [
    ['94 %', { kind: 'number', value: 94, unit: '%' }],
    ['3,08 %', { kind: 'number', value: 3.08, unit: '%' }],
    ['90%', { kind: 'number', value: 90, unit: '%' }],
    ['83', { kind: 'number', value: 83, unit: null }],
    ['0', { kind: 'number', value: 0, unit: null }],
    ['360 st', { kind: 'number', value: 360, unit: 'st' }],
    ['3,3 GWh', { kind: 'number', value: 3.3, unit: 'GWh' }],
    ['1945 GWh', { kind: 'number', value: 1945, unit: 'GWh' }],
    ['1 945 GWh', { kind: 'number', value: 1945, unit: 'GWh' }],
    ['1,5 kg CO2 per kg livsmedel', { kind: 'number', value: 1.5, unit: 'kg CO2 per kg livsmedel' }],
    ['öka', { kind: 'increase' }],
    ['Minska', { kind: 'decrease' }],
    ['Tas fram av nämnd', { kind: 'set_by_board', text: 'Tas fram av nämnd' }],
    ['Tas fram av nämnd/styrelse', { kind: 'set_by_board', text: 'Tas fram av nämnd/styrelse' }],
    ['Max 10 personer', { kind: 'text', text: 'Max 10 personer' }],
    [
      '2 % energieffektivisering relativt 2018',
      { kind: 'text', text: '2 % energieffektivisering relativt 2018' },
    ],
    ['', null],
    [null, null],
  ];
  for (const [printed, expected] of cases) {
    it(`reads ${JSON.stringify(printed)}`, () => assert.deepEqual(parseTarget(printed), expected));
  }
});

describe('parsePeriodicity and parseNumber', () => {
  it('maps År and Tertial and leaves other text untyped', () => {
    assert.equal(parsePeriodicity('År'), 'year');
    assert.equal(parsePeriodicity('Tertial'), 'tertial');
    assert.equal(parsePeriodicity('Månad'), null);
    assert.equal(parsePeriodicity(null), null);
  });

  it('reads budget amounts with space thousands and minus signs', () => {
    assert.equal(parseNumber('-21 024'), -21024);
    assert.equal(parseNumber('573 600'), 573600);
    assert.equal(parseNumber('−1 200'), -1200);
    assert.equal(parseNumber('2,5'), 2.5);
    assert.equal(parseNumber('Budget VP'), null);
    assert.equal(parseNumber(''), null);
  });
});
