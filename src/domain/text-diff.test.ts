import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffWords } from './text-diff.ts';

const side = (parts: ReturnType<typeof diffWords>, keep: 'add' | 'del') =>
  parts
    .filter((p) => p.op !== keep)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('marks the changed words and keeps the rest', () => {
    const parts = diffWords('Fler brukare får stöd i tid.', 'Fler brukare får rätt stöd i tid.');
    assert.deepEqual(parts, [
      { op: 'same', text: 'Fler brukare får ' },
      { op: 'add', text: 'rätt ' },
      { op: 'same', text: 'stöd i tid.' },
    ]);
  });

  it('gives both texts back exactly from its parts', () => {
    const before = '- Kortare väntetider\n- Nöjdare brukare\n';
    const after = '- Kortare väntetider\n- Fler i arbete\n- Nöjdare brukare';
    const parts = diffWords(before, after);
    assert.equal(side(parts, 'add'), before);
    assert.equal(side(parts, 'del'), after);
  });

  it('handles empty texts', () => {
    assert.deepEqual(diffWords('', 'Ny text'), [{ op: 'add', text: 'Ny text' }]);
    assert.deepEqual(diffWords('Gammal', ''), [{ op: 'del', text: 'Gammal' }]);
    assert.deepEqual(diffWords('', ''), []);
  });
});
