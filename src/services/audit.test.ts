import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { openDatabase } from '../db/database.ts';
import { migrateTo, migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { verifyAuditChain } from './audit.ts';
import { createOrganisation } from './organisation.ts';

/** Changes a stored row the way an attacker with database access would: the append-only guard lifted first. */
async function tamper(db: Kysely<Database>, statement: ReturnType<typeof sql>) {
  await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
  await statement.execute(db);
  await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
}

const middle = (db: Kysely<Database>) =>
  db
    .selectFrom('auditEvent')
    .select(['id', 'seq'])
    .orderBy('seq')
    .offset(5)
    .limit(1)
    .executeTakeFirstOrThrow();

describe('audit hash chain', () => {
  it('chains every event and names the real person behind it', async () => {
    const ctx = await openTestContext();
    const person = {
      ...ctx,
      actor: 'Eva Ek',
      principal: { userId: 'user-7', name: 'Eva Ek', email: 'e@x.se', grants: [] },
    };
    await buildMunicipality(ctx);
    await createOrganisation(
      { ...person, principal: { ...person.principal, grants: [{ role: 'admin', organisationId: null }] } },
      {
        kind: 'city',
        name: 'Annan stad',
      },
    );
    const verdict = await verifyAuditChain(ctx);
    assert.ok(verdict.ok);
    assert.ok(verdict.events > 10);
    const last = await ctx.db
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(last.actor, 'Eva Ek');
    assert.equal(last.actorUserId, 'user-7');
    assert.match(last.hash, /^[0-9a-f]{64}$/);
  });

  it('detects a changed row and names it', async () => {
    const ctx = await openTestContext();
    await buildMunicipality(ctx);
    const target = await middle(ctx.db);
    await tamper(ctx.db, sql`update audit_event set actor = 'Någon annan' where id = ${target.id}`);
    const verdict = await verifyAuditChain(ctx);
    assert.equal(verdict.ok, false);
    if (!verdict.ok) {
      assert.equal(verdict.broken.id, String(target.id));
      assert.match(verdict.broken.reason, /innehållet har ändrats/);
    }
  });

  it('detects a deleted row at the event after the gap', async () => {
    const ctx = await openTestContext();
    await buildMunicipality(ctx);
    const target = await middle(ctx.db);
    await tamper(ctx.db, sql`delete from audit_event where id = ${target.id}`);
    const verdict = await verifyAuditChain(ctx);
    assert.equal(verdict.ok, false);
    if (!verdict.ok) {
      assert.equal(verdict.broken.seq, Number(target.seq) + 1);
      assert.match(verdict.broken.reason, /saknas/);
    }
  });

  it('keeps one chain when many transactions write at once', async () => {
    const ctx = await openTestContext();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createOrganisation(ctx, { kind: 'city', name: `Parallell stad ${i}` }),
      ),
    );
    const verdict = await verifyAuditChain(ctx);
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.events, 12);
  });
});

describe('the chain migration', () => {
  it('chains the events written before the chain existed, in the order they were written', async () => {
    const handle = await openDatabase({ dataDir: 'memory://' });
    after(() => handle.close());
    await migrateTo(handle.db, '2026-12-03-10b-decision-snapshot');
    for (const [i, entity] of ['goal', 'plan', 'goal'].entries())
      await sql`insert into audit_event (at, actor, entity, entity_id, action, after)
        values (${new Date(Date.UTC(2025, 0, i + 1))}, 'Före kedjan', ${entity}, ${String(i)}, 'create', '{"n": 1}')`.execute(
        handle.db,
      );
    await migrateToLatest(handle.db);
    await createOrganisation(
      { db: handle.db, actor: 'efter', now: () => new Date() },
      { kind: 'city', name: 'Ny' },
    );
    const verdict = await verifyAuditChain(handle);
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.events, 4);
  });
});

describe('malkedja audit verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malkedja-audit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'malkedja.js');
  const verify = () => spawnSync(process.execPath, [bin, 'audit', 'verify'], { encoding: 'utf8', env });

  it('exits 0 on a whole chain and non-zero naming the first broken row after tampering', async () => {
    const handle = await openDatabase({ dataDir: env.DATA_DIR });
    await migrateToLatest(handle.db);
    await buildMunicipality({ db: handle.db, actor: 'cli-test', now: () => new Date() });
    await handle.close();

    const whole = verify();
    assert.equal(whole.status, 0, whole.stderr);
    assert.match(whole.stdout, /Granskningsloggen är hel/);

    const again = await openDatabase({ dataDir: env.DATA_DIR });
    const target = await middle(again.db);
    await tamper(
      again.db,
      sql`update audit_event set after = '{"title":"Förfalskad"}' where id = ${target.id}`,
    );
    await again.close();

    const broken = verify();
    assert.notEqual(broken.status, 0);
    assert.match(broken.stderr, new RegExp(`bruten vid händelse id ${target.id} \\(nr ${target.seq}\\)`));
  });
});
