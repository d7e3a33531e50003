import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seriesRows } from './series.ts';

describe('seriesRows', () => {
  it('puts a gender-split series in time order, one row per year and period, the target from the total', () => {
    const rows = seriesRows({
      indicatorId: 'i',
      name: 'Andel nöjda',
      unit: '%',
      genderSplit: true,
      points: [
        { year: 2025, period: 'VB', gender: 'T', value: 80, target: 90 },
        { year: 2024, period: 'T2', gender: 'K', value: 70, target: null },
        { year: 2025, period: 'T1', gender: 'M', value: 75, target: 88 },
        { year: 2025, period: 'T1', gender: 'T', value: 77, target: 90 },
        { year: 2025, period: '2025-06', gender: 'T', value: 78, target: null },
      ],
    });
    assert.deepEqual(
      rows.map((r) => [r.key, r.T, r.K, r.M, r.target]),
      [
        ['2024 T2', null, 70, null, null],
        ['2025 T1', 77, null, 75, 90],
        ['2025-06', 78, null, null, null],
        ['2025 VB', 80, null, null, 90],
      ],
    );
  });
});
