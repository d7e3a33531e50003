import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp } from '../../test/helpers/follow-up.ts';
import type { Role } from '../domain/vocabulary.ts';
import { writeAssessment } from './assessment.ts';
import type { Ctx } from './context.ts';
import { listPeriods, updatePeriod } from './follow-up-period.ts';
import { buildFollowUpTree } from './follow-up-tree.ts';
import { setThreshold } from './forecast.ts';
import { writeOutcome } from './outcome.ts';
import { importOutcomes } from './outcome-import.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const as = (role: Role, organisationId: string | null): Ctx => ({
  ...ctx,
  principal: { userId: role, name: role, email: `${role}@example.se`, grants: [{ role, organisationId }] },
});
const outcome = {
  indicatorId: f.visits.id,
  organisationId: f.unit.id,
  year: f.year,
  period: 'T1',
  gender: 'T' as const,
  value: 10,
  status: 'final' as const,
  comment: '',
};
const forbidden = (promise: Promise<unknown>) =>
  assert.rejects(
    promise,
    (e: { code: string; message: string }) => e.code === 'FORBIDDEN' && /behörighet|utkast/.test(e.message),
  );

describe('follow-up rights', () => {
  it('lets only the city move deadlines', async () => {
    const t2 = (await listPeriods(ctx, f.year)).find((p) => p.period === 'T2')!;
    const move = { version: t2.version, unitDeadline: t2.boardDeadline };
    await forbidden(updatePeriod(as('board_planner', f.board.id), t2.id, move));
    await forbidden(updatePeriod(as('unit_writer', f.unit.id), t2.id, move));
    const moved = await updatePeriod(as('city_planner', null), t2.id, move);
    assert.equal(moved.unitDeadline, t2.boardDeadline);
  });

  it('lets a unit writer write its own unit’s follow-up and nobody else’s', async () => {
    const writer = as('unit_writer', f.unit.id);
    assert.equal((await writeOutcome(writer, outcome)).value, 10);
    await writeAssessment(writer, f.t1.id, { goalId: f.unitGoal.id, assessment: 'partly', analysis: '' });
    const other = as('unit_writer', f.otherUnit.id);
    await forbidden(writeOutcome(other, { ...outcome, value: 11 }));
    await forbidden(
      writeAssessment(other, f.t1.id, { goalId: f.unitGoal.id, assessment: 'fulfilled', analysis: '' }),
    );
    await forbidden(setThreshold(writer, f.board.id, { amount: 10 }));
  });

  it('keeps a draft report from people outside the unit and above it', async () => {
    await forbidden(buildFollowUpTree(as('unit_writer', f.otherUnit.id), f.t1.id));
    assert.equal((await buildFollowUpTree(as('reader', f.board.id), f.t1.id)).report.id, f.t1.id);
  });

  it('reports rows of organisations the importer may not write as errors, writing nothing', async () => {
    const header = 'Organisation;Organisationskod;Indikator;Indikator-id;Period;Kön;Värde;Status;Kommentar';
    const file = new TextEncoder().encode(`${header}\r\n${f.otherUnit.name};;;${f.visits.id};T1;T;5;;\r\n`);
    const report = await importOutcomes(as('unit_writer', f.unit.id), file, { year: f.year });
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.column]),
      [[2, 'Organisation']],
    );
    assert.match(report.errors[0]!.message, /Du får inte rapportera utfall/);
  });
});
