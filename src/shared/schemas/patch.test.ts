import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import * as activity from './activity.ts';
import * as goal from './goal.ts';
import * as indicator from './indicator.ts';
import * as organisation from './organisation.ts';
import * as plan from './plan.ts';

const modules = { activity, goal, indicator, organisation, plan };
const patchSchemas = Object.values(modules).flatMap((module) =>
  Object.entries(module).filter(([name]) => name.endsWith('Patch')),
) as [string, z.ZodType][];

describe('PATCH schemas', () => {
  it('are found for every editable resource', () => {
    assert.ok(patchSchemas.length >= 8, patchSchemas.map(([name]) => name).join(', '));
  });

  for (const [name, schema] of patchSchemas) {
    it(`${name} adds no field the client did not send`, () => {
      assert.deepEqual(schema.parse({ version: 3 }), { version: 3 });
    });
  }
});
