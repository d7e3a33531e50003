import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeReturnPath } from './return-path.ts';

describe('safe return path after signing in', () => {
  it('keeps a path on this site with its query', () => {
    assert.equal(safeReturnPath('/ar/2025/plan/1?flik=mal'), '/ar/2025/plan/1?flik=mal');
  });

  it('refuses other sites, control characters and the sign-in pages themselves', () => {
    for (const unsafe of [
      null,
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/logga-in?till=/x',
      '/auth/login',
    ]) {
      assert.equal(safeReturnPath(unsafe), '/', String(unsafe));
    }
  });
});
