import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestContext } from '../../test/helpers/db.ts';
import { recordAudit } from '../services/record.ts';

const ctx = await openTestContext();

async function oneEvent(): Promise<number> {
  await recordAudit(ctx, 'goal', 'g-1', 'create', null, { name: 'Mål' });
  const row = await ctx.db
    .selectFrom('auditEvent')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

async function refusal(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  assert.ok(error, 'the statement should have been refused');
  return error.message;
}

describe('audit_event is append-only', () => {
  it('accepts new events', async () => {
    const id = await oneEvent();
    assert.ok(id > 0);
  });

  it('refuses an UPDATE of an event', async () => {
    const id = await oneEvent();
    const message = await refusal(
      ctx.db.updateTable('auditEvent').set({ actor: 'någon annan' }).where('id', '=', id).execute(),
    );
    assert.match(message, /Granskningsloggen går bara att lägga till i/);
    const row = await ctx.db.selectFrom('auditEvent').select('actor').where('id', '=', id).executeTakeFirst();
    assert.equal(row?.actor, ctx.actor);
  });

  it('refuses a DELETE of an event', async () => {
    const id = await oneEvent();
    await refusal(ctx.db.deleteFrom('auditEvent').where('id', '=', id).execute());
    const row = await ctx.db.selectFrom('auditEvent').select('id').where('id', '=', id).executeTakeFirst();
    assert.ok(row, 'the event is still there');
  });

  it('refuses a TRUNCATE of the table', async () => {
    await oneEvent();
    await refusal(sql`truncate audit_event`.execute(ctx.db));
    const { count } = await ctx.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(count) > 0);
  });
});
