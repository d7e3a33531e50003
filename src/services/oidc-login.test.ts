import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { createPendingLogin, PENDING_LOGIN_MS, takePendingLogin } from './oidc-login.ts';

const ctx = await openTestContext();
const at = Date.parse('2025-03-01T08:00:00Z');
const login = (state: string) => ({
  state,
  nonce: `n-${state}`,
  codeVerifier: `v-${state}`,
  returnPath: '/ar/2025',
});
const count = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('oidcLogin')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('pending single sign-on logins', () => {
  it('gives a login back once, by its state, and stores no state in the clear', async () => {
    await createPendingLogin(ctx.db, login('s1'), new Date(at));
    const row = await ctx.db.selectFrom('oidcLogin').select('id').executeTakeFirstOrThrow();
    assert.notEqual(row.id, 's1');
    const taken = await takePendingLogin(ctx.db, 's1', new Date(at + 1000));
    assert.deepEqual(taken, { nonce: 'n-s1', codeVerifier: 'v-s1', returnPath: '/ar/2025' });
    await assert.rejects(takePendingLogin(ctx.db, 's1', new Date(at + 2000)), /redan använd/);
  });

  it('refuses a login older than ten minutes and drops expired ones when a new one starts', async () => {
    await createPendingLogin(ctx.db, login('gammal'), new Date(at));
    await assert.rejects(takePendingLogin(ctx.db, 'gammal', new Date(at + PENDING_LOGIN_MS)), /gått ut/);
    await createPendingLogin(ctx.db, login('kvar'), new Date(at));
    await createPendingLogin(ctx.db, login('ny'), new Date(at + PENDING_LOGIN_MS + 1));
    assert.equal(await count(), 1);
  });

  it('keeps at most the cap of waiting logins, dropping the oldest', async () => {
    const later = at + 3 * PENDING_LOGIN_MS;
    for (let i = 0; i < 5; i++) await createPendingLogin(ctx.db, login(`c${i}`), new Date(later + i), 3);
    assert.equal(await count(), 3);
    await assert.rejects(takePendingLogin(ctx.db, 'c1', new Date(later + 10)), /känns inte igen/);
    assert.equal((await takePendingLogin(ctx.db, 'c4', new Date(later + 10))).nonce, 'n-c4');
  });
});
