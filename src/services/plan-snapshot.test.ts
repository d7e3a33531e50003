import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createSignedInApp } from '../../test/helpers/auth.ts';
import { openTestContext } from '../../test/helpers/db.ts';
import { hasCommand, pdfInfo, pdfText } from '../../test/helpers/documents.ts';
import { addUnitGoal, buildMunicipality } from '../../test/helpers/factories.ts';
import type { Ctx } from './context.ts';
import { updateGoal } from './goal.ts';
import { createPlan, getPlan, updatePlan } from './plan.ts';
import { createPlanComment, listPlanComments } from './plan-comment.ts';
import { createPlanSection, updatePlanSection } from './plan-section.ts';
import { getSnapshotFile, listPlanSnapshots, type SnapshotFile } from './plan-snapshot.ts';
import { approvePlan, decidePlan, reopenPlan, submitPlan } from './plan-workflow.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx);
const goal = await addUnitGoal(ctx, m, 'Fler brukare når sina mål');
const section = await createPlanSection(ctx, m.plan.id, {
  part: 'intro',
  heading: 'Uppdrag',
  body: 'Vi stöttar.',
});
const { app } = await createSignedInApp({ database: ctx.handle, actor: 'arkivtestare' });
const poppler = hasCommand('pdfinfo') && hasCommand('pdffonts') ? false : 'poppler-utils saknas';

async function decide(c: Ctx, decidedOn: string, dnr: string) {
  let plan = await getPlan(c, m.plan.id);
  plan = await submitPlan(c, plan.id, { version: plan.version });
  plan = await approvePlan(c, plan.id, { version: plan.version });
  return decidePlan(c, plan.id, {
    version: plan.version,
    decidedOn,
    body: 'Stadsdelsnämnden',
    paragraph: '12',
    dnr,
  });
}

const FILES: SnapshotFile[] = ['report', 'pdf', 'docx', 'archivePdf'];
const digests = async (id: string) =>
  Promise.all(
    FILES.map(async (f) =>
      createHash('sha256')
        .update((await getSnapshotFile(ctx, id, f)).bytes)
        .digest('hex'),
    ),
  );

describe('decided snapshots', async () => {
  await decide(ctx, '2025-02-14', 'SDN 2025/12');
  const [first] = await listPlanSnapshots(ctx, m.plan.id);
  const before = await digests(first!.id);

  it('freezes the document model, the PDF, the DOCX and a PDF/A-2a archive copy when the board decides', async () => {
    assert.equal(first!.decidedOn, '2025-02-14');
    assert.equal(first!.decisionDnr, 'SDN 2025/12');
    const report = JSON.parse(
      new TextDecoder().decode((await getSnapshotFile(ctx, first!.id, 'report')).bytes),
    );
    assert.ok(JSON.stringify(report.front.letterhead).includes('2025-02-14, Stadsdelsnämnden § 12'));
    const docx = (await getSnapshotFile(ctx, first!.id, 'docx')).bytes;
    assert.equal(Buffer.from(docx.subarray(0, 2)).toString('latin1'), 'PK');
    const archive = (await getSnapshotFile(ctx, first!.id, 'archivePdf')).bytes;
    assert.equal(createHash('sha256').update(archive).digest('hex'), first!.archiveSha256);
  });

  it('writes the archive copy as PDF/A-2a: pdfaid in XMP, an sRGB output intent, every font embedded, tagged, no JavaScript', {
    skip: poppler,
  }, async () => {
    const archive = (await getSnapshotFile(ctx, first!.id, 'archivePdf')).bytes;
    const raw = Buffer.from(archive).toString('latin1');
    assert.match(raw, /<pdfaid:part>2<\/pdfaid:part>/);
    assert.match(raw, /<pdfaid:conformance>A<\/pdfaid:conformance>/);
    assert.match(raw, /\/OutputIntents/);
    assert.match(raw, /\/GTS_PDFA1/);
    assert.match(raw, /sRGB/);
    assert.doesNotMatch(raw, /\/JavaScript|\/JS\s|\/Encrypt/);
    assert.match(pdfInfo(archive), /Tagged:\s+yes/);
    const fonts = spawnSync('pdffonts', ['-'], { input: archive })
      .stdout.toString('utf8')
      .split('\n')
      .slice(2);
    const rows = fonts.filter((l) => l.trim());
    assert.ok(rows.length > 0);
    for (const row of rows) assert.match(row, /\byes\s+yes\s+yes\b/, `embedded font: ${row}`);
    assert.ok(pdfText(archive).includes('Fler brukare når sina mål'));
  });

  it('keeps every frozen file byte-identical after the plan is reopened, edited and decided again', async () => {
    const decided = await getPlan(ctx, m.plan.id);
    let plan = await reopenPlan(ctx, decided.id, {
      version: decided.version,
      comment: 'Ny budget efter beslut.',
    });
    plan = await updatePlan(ctx, plan.id, { version: plan.version, dnr: 'ändrat', author: 'Någon annan' });
    const current = (await listPlanSectionsFor(section.id))!;
    await updatePlanSection(ctx, section.id, { version: current.version, body: 'Helt ny text.' });
    const g = await ctx.db.selectFrom('goal').selectAll().where('id', '=', goal.id).executeTakeFirstOrThrow();
    await updateGoal(ctx, goal.id, { version: g.version, title: 'Ändrad titel' });
    await decide(ctx, '2025-06-10', 'SDN 2025/40');

    assert.deepEqual(await digests(first!.id), before);
    const snapshots = await listPlanSnapshots(ctx, m.plan.id);
    assert.equal(snapshots.length, 2);
    assert.equal(snapshots[0]!.decisionDnr, 'SDN 2025/40');
    assert.ok(
      pdfTextOrEmpty((await getSnapshotFile(ctx, snapshots[0]!.id, 'pdf')).bytes).includes('Ändrad titel'),
    );
    assert.equal(
      pdfTextOrEmpty((await getSnapshotFile(ctx, first!.id, 'pdf')).bytes).includes('Ändrad titel'),
      false,
    );
  });

  it('refuses to change a frozen row in the database itself', async () => {
    await assert.rejects(
      sql`update plan_snapshot set report = '{}' where id = ${first!.id}`.execute(ctx.db),
      /kan inte ändras/,
    );
  });

  it('serves the frozen files read-only over HTTP, byte for byte', async () => {
    const res = await app.request(`/api/v1/snapshots/${first!.id}/archive.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', /arkiv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.equal(createHash('sha256').update(bytes).digest('hex'), first!.archiveSha256);
    const list = await (await app.request(`/api/v1/plans/${m.plan.id}/snapshots`)).json();
    assert.equal(list.length, 2);
    const put = await app.request(`/api/v1/snapshots/${first!.id}/archive.pdf`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(put.status, 404);
  });
});

describe('comments', () => {
  it('takes comments on the plan, a goal and a section, and lists them oldest first', async () => {
    await createPlanComment(ctx, m.plan.id, { targetKind: 'plan', body: 'Bra helhet.' });
    await createPlanComment(ctx, m.plan.id, { targetKind: 'goal', targetId: goal.id, body: 'Mät oftare.' });
    await createPlanComment(ctx, m.plan.id, {
      targetKind: 'section',
      targetId: section.id,
      body: 'Kortare.',
    });
    await createPlanComment(ctx, m.plan.id, {
      targetKind: 'indicator',
      targetId: m.indicator.id,
      body: 'Källa?',
    });
    const comments = await listPlanComments(ctx, m.plan.id);
    assert.deepEqual(
      comments.map((c) => [c.targetKind, c.body, c.author]),
      [
        ['plan', 'Bra helhet.', 'testare'],
        ['goal', 'Mät oftare.', 'testare'],
        ['section', 'Kortare.', 'testare'],
        ['indicator', 'Källa?', 'testare'],
      ],
    );
  });

  it('refuses a comment on a section of another plan and hides comments on a draft from other units', async () => {
    const foreign = await createPlan(ctx, { organisationId: m.otherUnit.id, year: m.year, kind: 'plan' });
    await assert.rejects(
      createPlanComment(ctx, foreign.id, { targetKind: 'section', targetId: section.id, body: 'Fel plan' }),
      /hör inte till planen/,
    );
    const writer: Ctx = {
      ...ctx,
      principal: {
        userId: 'u',
        name: 'Ulla',
        email: 'u@example.se',
        grants: [{ role: 'unit_writer', organisationId: m.unit.id }],
      },
    };
    await assert.rejects(listPlanComments(writer, foreign.id), /utkast/);
    await assert.rejects(
      createPlanComment(writer, foreign.id, { targetKind: 'plan', body: 'Hej' }),
      /utkast/,
    );
  });
});

async function listPlanSectionsFor(id: string) {
  return ctx.db.selectFrom('planSection').selectAll().where('id', '=', id).executeTakeFirst();
}

function pdfTextOrEmpty(pdf: Uint8Array): string {
  return hasCommand('pdftotext') ? pdfText(pdf) : '';
}
