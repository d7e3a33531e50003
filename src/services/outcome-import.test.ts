import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildFollowUp, completeAndSubmit } from '../../test/helpers/follow-up.ts';
import { readSpreadsheet, writeXlsx } from '../importers/spreadsheet.ts';
import { ensureReport } from './follow-up-report.ts';
import { updateOrganisation } from './organisation.ts';
import { writeOutcome } from './outcome.ts';
import { exportOutcomes } from './outcome-export.ts';
import { importOutcomes } from './outcome-import.ts';
import { submitPlan } from './plan-workflow.ts';

const ctx = await openTestContext();
const f = await buildFollowUp(ctx);
const code = await updateOrganisation(ctx, f.unit.id, { version: f.unit.version, externalId: 'E-100' });
const year = f.year;
const HEADER = 'Organisation;Organisationskod;Indikator;Indikator-id;Period;Kön;Värde;Status;Kommentar';
const write = (indicatorId: string, period: string, gender: 'T' | 'K' | 'M', value: number | null) =>
  writeOutcome(ctx, {
    indicatorId,
    organisationId: f.unit.id,
    year,
    period,
    gender,
    value,
    status: value === null ? 'missing' : 'final',
    comment: value === 87.5 ? 'Mätt i "enkät"; svarsfrekvens 60 %' : '',
  });
await write(f.visits.id, 'T1', 'T', 120);
await write(f.visits.id, 'T2', 'T', 240);
await write(f.indicator.id, 'VB', 'T', 87.5);
await write(f.indicator.id, 'VB', 'K', 90.25);
await write(f.indicator.id, 'VB', 'M', null);

const csv = (lines: string[]) => new TextEncoder().encode(`${[HEADER, ...lines].join('\r\n')}\r\n`);
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('outcome files', () => {
  it('exports CSV as Swedish Excel reads it: BOM, semicolons, decimal comma, CRLF', async () => {
    const { bytes, rows } = await exportOutcomes(ctx, { year, format: 'csv' });
    assert.equal(rows, 5);
    const content = text(bytes);
    assert.ok(content.startsWith(`\uFEFF${HEADER}\r\n`));
    assert.match(
      content,
      new RegExp(`${f.unit.name};E-100;Andel nöjda brukare;${f.indicator.id};VB;K;90,25;Slutligt;\\r\\n`),
    );
    assert.match(content, /;VB;M;;Saknas;/);
    assert.match(content, /"Mätt i ""enkät""; svarsfrekvens 60 %"/);
  });

  it('imports its own export unchanged, as CSV and as XLSX', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const { bytes } = await exportOutcomes(ctx, { year, format });
      const report = await importOutcomes(ctx, bytes, { year });
      assert.deepEqual(report, { rows: 5, created: 0, changed: 0, unchanged: 5, errors: [] });
    }
  });

  it('changes exactly the one value edited in the file', async () => {
    const { bytes } = await exportOutcomes(ctx, { year, format: 'csv' });
    const edited = new TextEncoder().encode(text(bytes).replace(';T2;T;240;', ';T2;T;250,5;'));
    const preview = await importOutcomes(ctx, edited, { year, dryRun: true });
    assert.deepEqual(preview, { rows: 5, created: 0, changed: 1, unchanged: 4, errors: [] });
    const report = await importOutcomes(ctx, edited, { year });
    assert.deepEqual(report, preview);
    const again = await importOutcomes(ctx, edited, { year });
    assert.equal(again.unchanged, 5);
  });

  it('reads Windows-1252 with LF line ends, codes instead of names, and "12,5 %" for a percentage', async () => {
    const latin1 = Uint8Array.from(
      `${HEADER}\nFel namn;E-100;;${f.indicator.id};VB;T;88,5 %;Preliminärt;Överförd från Excel\n`,
      (ch) => ch.charCodeAt(0),
    );
    assert.equal(latin1.includes(0xd6), true, 'Ö is one Windows-1252 byte');
    const report = await importOutcomes(ctx, latin1, { year });
    assert.deepEqual(report, { rows: 1, created: 0, changed: 1, unchanged: 0, errors: [] });
    const { bytes } = await exportOutcomes(ctx, { year, period: 'VB', format: 'csv' });
    assert.match(text(bytes), /;VB;T;88,5;Preliminärt;Överförd från Excel/);
  });

  it('keeps comments that look like array syntax exactly, and an empty value as missing', async () => {
    // The bulk insert sends each column as one array; quotes, braces, commas, backslashes and the word
    // NULL in a comment must come back as typed.
    const comment = 'Se {bilaga 2}, "rad 3" \\ C:\\mapp; NULL';
    const report = await importOutcomes(
      ctx,
      csv([
        `${f.unit.name};E-100;;${f.visits.id};VB;T;;Saknas;"${comment.replaceAll('"', '""')}"`,
        `${f.unit.name};E-100;;${f.visits.id};T1;T;130;Slutligt;NULL`,
      ]),
      { year },
    );
    assert.deepEqual(report, { rows: 2, created: 1, changed: 1, unchanged: 0, errors: [] });
    const rows = await ctx.db
      .selectFrom('outcome')
      .select(['period', 'value', 'status', 'comment', 'origin', 'revision'])
      .where('indicatorId', '=', f.visits.id)
      .where('current', '=', true)
      .where('period', 'in', ['VB', 'T1'])
      .orderBy('period')
      .execute();
    assert.deepEqual(
      rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) })),
      [
        { period: 'T1', value: 130, status: 'final', comment: 'NULL', origin: 'import', revision: 2 },
        { period: 'VB', value: null, status: 'missing', comment, origin: 'import', revision: 1 },
      ],
    );
  });

  it('reports every bad row with its column in Swedish and writes nothing', async () => {
    const before = await ctx.db
      .selectFrom('outcome')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const report = await importOutcomes(
      ctx,
      csv([
        `x;E-100;;${f.visits.id};T1;T;130;;`,
        `x;FINNS-EJ;;${f.visits.id};T1;T;1;;`,
        `x;E-100;;00000000-0000-4000-8000-000000000000;T1;T;1;;`,
        `x;E-100;;${f.visits.id};T3;T;1;;`,
        `x;E-100;;${f.visits.id};VB;T;många;;`,
        `x;E-100;;${f.indicator.id};VB;T;101;;`,
        `x;E-100;;${f.visits.id};T1;T;131;;`,
        `x;E-100;;${f.visits.id};VB;K;5;;`,
      ]),
      { year },
    );
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.column]),
      [
        [3, 'Organisationskod'],
        [4, 'Indikator-id'],
        [5, 'Period'],
        [6, 'Värde'],
        [7, 'Värde'],
        [8, 'Period'],
        [9, 'Kön'],
      ],
    );
    assert.match(report.errors[0]!.message, /Organisationen FINNS-EJ finns inte/);
    assert.match(report.errors[5]!.message, /upprepar rad 2/);
    const after = await ctx.db
      .selectFrom('outcome')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  it('writes a file chunk by chunk, and a bad row found in a later chunk rolls back the chunks written', async () => {
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('outcome')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const lines = [
      `x;E-100;;${f.visits.id};T1;T;301;;`,
      `x;E-100;;${f.visits.id};T2;T;250,5;Slutligt;`,
      `x;E-100;;${f.indicator.id};VB;K;33;;`,
      `x;E-100;;${f.indicator.id};VB;M;34;;`,
    ];
    const before = await count();
    // Rows 2–5 are fine and written two by two; row 6 repeats row 2 and is only found in the third chunk.
    const bad = await importOutcomes(ctx, csv([...lines, `x;E-100;;${f.visits.id};T1;T;303;;`]), {
      year,
      chunkRows: 2,
    });
    assert.deepEqual(
      bad.errors.map((e) => [e.row, e.column]),
      [[6, 'Period']],
    );
    assert.equal(await count(), before, 'nothing of the first two chunks is left');
    const good = await importOutcomes(ctx, csv(lines), { year, chunkRows: 2 });
    assert.deepEqual(good, { rows: 4, created: 0, changed: 3, unchanged: 1, errors: [] });
    assert.equal(await count(), before + 3);
    const again = await importOutcomes(ctx, csv(lines), { year, chunkRows: 3 });
    assert.deepEqual(again, { rows: 4, created: 0, changed: 0, unchanged: 4, errors: [] });
  });

  it('refuses a wrong header and a closed period', async () => {
    const wrong = await importOutcomes(ctx, new TextEncoder().encode('Org;Värde\r\nx;1\r\n'), { year });
    assert.deepEqual(
      wrong.errors.map((e) => [e.row, e.column]),
      [[1, 'Rubrikrad']],
    );
    const t1 = await ensureReport(ctx, { organisationId: f.unit.id, year, period: 'T1' });
    await completeAndSubmit(ctx, t1.id);
    const closed = await importOutcomes(ctx, csv([`x;E-100;;${f.visits.id};T1;T;999;;`]), { year });
    assert.match(closed.errors[0]!.message, /Perioden T1 2025 är stängd/);
  });

  it('takes the year from the file’s months when none is given, and reads XLSX written by hand', async () => {
    const bytes = await writeXlsx('Utfall', [
      HEADER.split(';'),
      [f.unit.name, '', 'Antal besök', '', 'T2', 'T', '250,5', 'Slutligt', ''],
    ]);
    assert.equal((await readSpreadsheet(bytes))[1]![0], f.unit.name);
    const report = await importOutcomes(ctx, bytes, { year });
    assert.deepEqual(report, { rows: 1, created: 0, changed: 0, unchanged: 1, errors: [] });
    assert.ok(code.externalId);
  });
});
