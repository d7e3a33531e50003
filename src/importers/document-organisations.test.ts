import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { readImportFixture } from '../../test/helpers/import.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { boardFromAddressee, municipalityNameOf } from './document-organisations.ts';
import { importPlan } from './import-plan.ts';
import { parsePlanText } from './parse-plan-text.ts';

// The fixture's council goal now names its municipality, as real plans do ("Stockholms stad ska …").
const text = readImportFixture('plan-2025-dnr.txt').replaceAll(
  'Stödet ska nå dem som behöver det mest',
  'I Ekby kommun ska stödet nå dem som behöver det mest',
);

describe('organisations taken from the document', () => {
  it('reads the board from the Till block, a förvaltning as the board it serves', () => {
    assert.equal(boardFromAddressee('Västra Åsens stadsdelsnämnd'), 'Västra Åsens stadsdelsnämnd');
    assert.equal(
      boardFromAddressee('Enheten för stöd\nVästra Åsens stadsdelsförvaltning'),
      'Västra Åsens stadsdelsnämnd',
    );
    assert.equal(boardFromAddressee('Socialförvaltningen'), 'Socialnämnden');
    assert.equal(boardFromAddressee('Enheten för stöd'), null);
  });

  it('reads the municipality the council goals name', () => {
    const parsed = parsePlanText(text).plans[0]!;
    assert.equal(municipalityNameOf(parsed), 'Ekby kommun');
    assert.equal(municipalityNameOf(parsePlanText(readImportFixture('plan-2025-dnr.txt')).plans[0]!), null);
  });

  it('files a plan from another municipality under its own city and board, not the demo', async () => {
    const ctx = await openTestContext();
    await seedDemo(ctx);
    const report = await importPlan(ctx, parsePlanText(text).plans[0]!);
    assert.equal(report.organisations.city?.name, 'Ekby kommun');
    assert.equal(report.organisations.city?.created, true);
    assert.equal(report.organisations.board?.name, 'Västra Åsens stadsdelsnämnd');
    const board = await ctx.db
      .selectFrom('organisation')
      .select('parentId')
      .where('id', '=', report.organisations.board!.id)
      .executeTakeFirstOrThrow();
    assert.equal(board.parentId, report.organisations.city!.id);
  });
});
