import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { AppError } from '../domain/errors.ts';
import { exportYear, type YearExport } from './export.ts';
import { importYearJson } from './import-json.ts';

/** An export as read back from its JSON file (dates are strings there, which the tests do not touch). */
type FileDoc = YearExport;

const source = await openTestContext();
const target = await openTestContext();
await seedDemo(source);

describe('year export and JSON import', () => {
  it('exports everything of a year in one document', async () => {
    const doc = await exportYear(source, 2025);
    assert.equal(doc.format, 'malkedja-export');
    assert.equal(doc.organisations.length, 9);
    assert.ok(doc.goals.some((g) => g.level === 'unit'));
    assert.ok(doc.targets.length > 20);
    assert.ok(doc.plans.every((p) => p.year === 2025));
    assert.ok(doc.plans.some((p) => p.budgetTables.some((t) => t.rows.length > 0)));
    assert.ok(doc.activities.some((a) => a.assignedOrganisationIds.length > 0));
  });

  it('round-trips: export → import into an empty database → export is identical', async () => {
    const first = await exportYear(source, 2025);
    const counts = await importYearJson(target, JSON.parse(JSON.stringify(first)));
    assert.equal(counts.goals!.created, first.goals.length);
    const second = await exportYear(target, 2025);
    assert.deepEqual(JSON.parse(JSON.stringify(second)), JSON.parse(JSON.stringify(first)));
  });

  it('is idempotent: importing the same file twice changes nothing', async () => {
    const doc: FileDoc = JSON.parse(JSON.stringify(await exportYear(source, 2025)));
    const auditBefore = await target.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const counts = await importYearJson(target, doc);
    for (const [kind, c] of Object.entries(counts)) {
      assert.equal(c.created + c.updated, 0, `${kind} changed on the second import`);
    }
    const auditAfter = await target.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(auditAfter.n), Number(auditBefore.n));
  });

  it('updates a changed record with a new version', async () => {
    const doc: FileDoc = JSON.parse(JSON.stringify(await exportYear(source, 2025)));
    const goal = doc.goals.find((g) => g.level === 'unit')!;
    goal.title = 'Ändrad rubrik i filen';
    const counts = await importYearJson(target, doc);
    assert.equal(counts.goals!.updated, 1);
    const row = await target.db
      .selectFrom('goal')
      .selectAll()
      .where('id', '=', goal.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.title, 'Ändrad rubrik i filen');
    assert.equal(row.version, 2);
  });

  it('writes nothing when the file fails halfway', async () => {
    const empty = await openTestContext();
    const doc: FileDoc = JSON.parse(JSON.stringify(await exportYear(source, 2025)));
    doc.plans[doc.plans.length - 1]!.organisationId = '00000000-0000-4000-8000-000000000000';
    await assert.rejects(() => importYearJson(empty, doc));
    const orgs = await empty.db.selectFrom('organisation').select('id').execute();
    assert.equal(orgs.length, 0);
  });

  it('rejects a file that is not an export with a Swedish message', async () => {
    await assert.rejects(
      () => importYearJson(target, { hello: 'world' }),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'INVALID' &&
        /Målkedja-export/.test(Object.values(e.details?.fields ?? {}).join(' ')),
    );
  });

  it('rejects a unit goal under another board in the file', async () => {
    const doc: FileDoc = JSON.parse(JSON.stringify(await exportYear(source, 2025)));
    const boards = doc.organisations.filter((o) => o.kind === 'board');
    const unitGoal = doc.goals.find((g) => g.level === 'unit')!;
    const parent = doc.goals.find((g) => g.id === unitGoal.parentId)!;
    const foreign = doc.goals.find(
      (g) => g.level === 'board' && g.organisationId !== parent.organisationId && boards.length > 1,
    );
    unitGoal.parentId = foreign!.id;
    await assert.rejects(() => importYearJson(target, doc), /egen nämnd/);
  });
});
