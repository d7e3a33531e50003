import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const DIR = import.meta.dirname;
const files = (lng: string) =>
  readdirSync(join(DIR, lng))
    .filter((f) => f.endsWith('.ts'))
    .sort();

/** "a.b.c" for every text in a namespace, with i18next plural suffixes folded to one key. */
function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') return [path];
    return keys(value as Record<string, unknown>, `${path}.`);
  });
}

async function load(lng: string, file: string): Promise<Record<string, unknown>> {
  return (await import(join(DIR, lng, file))).default;
}

describe('UI text namespaces', () => {
  it('has an English file for every Swedish one and no English file without a Swedish one', () => {
    assert.deepEqual(files('en'), files('sv'));
  });

  for (const file of files('sv')) {
    it(`${file}: the same keys in Swedish and English, none empty`, async () => {
      const sv = await load('sv', file);
      const en = await load('en', file);
      assert.deepEqual([...new Set(keys(en))].sort(), [...new Set(keys(sv))].sort());
      for (const [lng, tree] of [
        ['sv', sv],
        ['en', en],
      ] as const) {
        const empty = keys(tree).filter(
          (k) =>
            k.split('.').reduce<unknown>((t, p) => (t as Record<string, unknown> | undefined)?.[p], tree) ===
            '',
        );
        assert.deepEqual(empty, [], `${lng}/${file} has empty texts`);
      }
    });
  }
});
