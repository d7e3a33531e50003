import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';

// Races through real HTTP in process. PGlite runs one statement at a time and hides most races, so these
// matter on PostgreSQL (TEST_DATABASE_URL), where the requests really overlap on a pool of connections.
const ctx = await openTestContext();
const app = (await createSignedInApp({ database: ctx.handle, actor: 'samtidighetstestare' })).app;
const m = await buildMunicipality(ctx);

interface Answer {
  status: number;
  body: { [key: string]: unknown; message?: string; details?: { current?: unknown } };
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();
const count = (answers: Answer[], status: number) => answers.filter((a) => a.status === status).length;

async function section(heading: string) {
  const res = await call('POST', `/api/v1/plans/${m.plan.id}/sections`, { part: 'intro', heading });
  assert.equal(res.status, 201);
  return res.body as { id: string; version: number };
}

describe('concurrent writers', () => {
  it('lets exactly one of 50 writers on one version win; the other 49 get 409', async () => {
    const s = await section('Femtio skribenter');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('PATCH', `/api/v1/sections/${s.id}`, { version: s.version, body: `Skribent ${i}` }),
      ),
    );
    assert.equal(count(answers, 200), 1, statuses(answers).join());
    assert.equal(count(answers, 409), 49, statuses(answers).join());
    const stored = await call('GET', `/api/v1/plans/${m.plan.id}/sections`);
    const row = (stored.body as unknown as { id: string; body: string; version: number }[]).find(
      (x) => x.id === s.id,
    );
    const winner = answers.find((a) => a.status === 200)!;
    assert.equal(row?.body, winner.body.body);
    assert.equal(row?.version, s.version + 1);
  });

  it('lets exactly one of a PATCH and a DELETE of the same version win, every time', async () => {
    for (let round = 0; round < 20; round++) {
      const s = await section(`Runda ${round}`);
      const [patched, deleted] = await Promise.all([
        call('PATCH', `/api/v1/sections/${s.id}`, { version: s.version, heading: 'Ändrad' }),
        call('DELETE', `/api/v1/sections/${s.id}?version=${s.version}`),
      ]);
      const wins = [patched.status === 200, deleted.status === 204].filter(Boolean).length;
      assert.equal(wins, 1, `runda ${round}: PATCH ${patched.status}, DELETE ${deleted.status}`);
      // The loser is told why: the record changed (409) or is gone (404).
      assert.ok([404, 409].includes(patched.status === 200 ? deleted.status : patched.status));
      const left = await call('GET', `/api/v1/plans/${m.plan.id}/sections`);
      const exists = (left.body as unknown as { id: string }[]).some((x) => x.id === s.id);
      assert.equal(exists, patched.status === 200, `runda ${round}`);
    }
  });

  it('stores one client’s choice of shown goals, never a union of concurrent choices', async () => {
    const goals: string[] = [];
    for (let i = 0; i < 8; i++) {
      const goal = await call('POST', '/api/v1/goals', {
        year: m.year,
        level: 'board',
        organisationId: m.board.id,
        parentId: m.area.id,
        title: `Nämndmål ${i}`,
      });
      goals.push(String(goal.body.id));
    }
    const path = `/api/v1/plans/${m.plan.id}/visibility`;
    const expected = (await call('GET', path)).body;
    const answers = await Promise.all(
      goals.map((id, i) => call('PUT', path, { goalIds: [id, goals[(i + 1) % goals.length]], expected })),
    );
    assert.equal(count(answers, 200), 1, statuses(answers).join());
    assert.equal(count(answers, 409), goals.length - 1, statuses(answers).join());
    const winner = answers.find((a) => a.status === 200)!;
    const stored = (await call('GET', path)).body as { goalIds: string[] };
    assert.deepEqual([...stored.goalIds].sort(), [...(winner.body.goalIds as string[])].sort());
    assert.equal(stored.goalIds.length, 2);
  });

  it('applies exactly one of concurrent reorders of one list', async () => {
    const ids: string[] = [];
    for (const heading of ['A', 'B', 'C', 'D']) ids.push((await section(`Ordning ${heading}`)).id);
    const list = await call('GET', `/api/v1/plans/${m.plan.id}/sections`);
    const expectedIds = (list.body as unknown as { id: string; part: string }[])
      .filter((x) => x.part === 'intro')
      .map((x) => x.id);
    const orders = Array.from({ length: 10 }, (_, i) => {
      const next = [...expectedIds];
      const [moved] = next.splice(i % next.length, 1);
      next.splice((i + 2) % next.length, 0, moved!);
      return i === 0 ? [...expectedIds].reverse() : next;
    });
    const answers = await Promise.all(
      orders.map((order) =>
        call('POST', `/api/v1/plans/${m.plan.id}/sections/reorder`, {
          part: 'intro',
          ids: order,
          expectedIds,
        }),
      ),
    );
    const won = answers.flatMap((a, i) => (a.status === 204 ? [orders[i]!] : []));
    assert.equal(won.length, 1, statuses(answers).join());
    assert.equal(count(answers, 409), orders.length - 1, statuses(answers).join());
    const after = await call('GET', `/api/v1/plans/${m.plan.id}/sections`);
    const stored = (after.body as unknown as { id: string; part: string }[])
      .filter((x) => x.part === 'intro')
      .map((x) => x.id);
    assert.deepEqual(stored, won[0]);
    const audit = await ctx.db
      .selectFrom('auditEvent')
      .select('after')
      .where('entity', '=', 'planSectionOrder')
      .where('entityId', '=', m.plan.id)
      .execute();
    assert.equal(audit.length, 1);
  });

  it('answers a duplicate goal number with 409 every time, racing or not, in words without constraint names', async () => {
    const body = (i: number) => ({
      year: m.year,
      level: 'city_area',
      organisationId: m.city.id,
      parentId: m.direction.id,
      number: '7.7',
      title: `Dubblett ${i}`,
    });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call('POST', '/api/v1/goals', body(i))),
    );
    assert.equal(count(answers, 201), 1, statuses(answers).join());
    assert.equal(count(answers, 409), 9, statuses(answers).join());
    const later = await call('POST', '/api/v1/goals', body(99));
    assert.equal(later.status, 409);
    for (const answer of [...answers.filter((a) => a.status === 409), later]) {
      assert.match(answer.body.message ?? '', /används redan/);
      assert.doesNotMatch(answer.body.message ?? '', /_unique|_key|_pk|_idx|constraint/i);
    }
  });
});
