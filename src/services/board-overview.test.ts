import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import { buildBoardOverview } from './board-overview.ts';
import { createGoal } from './goal.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const answer = await addUnitGoal(ctx, m, 'Stöd inom en vecka');
const lonely = await createGoal(ctx, {
  year: 2025,
  level: 'board',
  organisationId: m.board.id,
  parentId: m.area.id,
  title: 'Fler äldre bor kvar hemma',
});

describe('board overview', () => {
  it("shows the units' plans and which unit goals answer each board goal", async () => {
    const overview = await buildBoardOverview(ctx, m.board.id, 2025);
    assert.equal(overview.boards.length, 1);
    const [board] = overview.boards;
    const unit = board!.units.find((u) => u.organisationId === m.unit.id)!;
    assert.equal(unit.planId, m.plan.id);
    assert.equal(unit.status, 'draft');
    assert.ok(unit.lastChange);
    assert.equal(unit.unitGoals, 1);
    assert.equal(unit.boardGoalsUnanswered, 1, 'the second board goal has no unit goal here');
    const other = board!.units.find((u) => u.organisationId === m.otherUnit.id)!;
    assert.deepEqual([other.planId, other.status, other.lastChange], [null, null, null]);
    const answered = board!.goals.find((g) => g.goalId === m.boardGoal.id)!;
    assert.deepEqual(
      answered.answeredBy.map((a) => [a.goalId, a.organisationName]),
      [[answer.id, m.unit.name]],
    );
    assert.deepEqual(board!.goals.find((g) => g.goalId === lonely.id)!.answeredBy, []);
  });

  it('shows the same for every board at the city level', async () => {
    const overview = await buildBoardOverview(ctx, m.city.id, 2025);
    assert.deepEqual(overview.boards.map((b) => b.boardId).sort(), [m.board.id, m.otherBoard.id].sort());
  });

  it('refuses a unit with a Swedish message', async () => {
    await assert.rejects(buildBoardOverview(ctx, m.unit.id, 2025), /Översikten finns för nämnder/);
  });
});
