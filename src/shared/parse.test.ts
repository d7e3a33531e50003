import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { parseWith } from './parse.ts';
import { ActivityInput } from './schemas/activity.ts';

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail('expected an AppError');
}

const activity = {
  year: 2025,
  ownerOrganisationId: '00000000-0000-4000-8000-000000000001',
  title: 'x'.repeat(1500),
  startDate: '2025-01-01',
  endDate: '2025-12-31',
};

describe('parseWith', () => {
  it('answers a too long activity name with the rule that names the field, not the field code', () => {
    const error = failure(() => parseWith(ActivityInput, activity, 'body'));
    assert.equal(error.code, 'INVALID');
    assert.equal(error.message, 'Aktivitetens namn får vara högst 1000 tecken.');
    assert.deepEqual(error.details, { fields: { title: 'Aktivitetens namn får vara högst 1000 tecken.' } });
  });

  it('names a field in Swedish when the rule itself does not, and lists every wrong field', () => {
    const error = failure(() =>
      parseWith(ActivityInput, { ...activity, title: 'Ok', startDate: 5, year: 'x' }, 'body'),
    );
    assert.match(error.message, /^Rätta 2 fält: /);
    assert.match(error.message, /Startdatum: /);
    assert.match(error.message, /År anges som ett heltal/);
    assert.doesNotMatch(error.message, /startDate/);
  });

  it('falls back to the field code in quotes for a field without a Swedish name', () => {
    const error = failure(() => parseWith(z.object({ oddField: z.number() }), { oddField: 'a' }, 'body'));
    assert.match(error.message, /^Fältet ”oddField”: /);
  });
});
