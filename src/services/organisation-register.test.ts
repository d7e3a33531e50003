import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { parseCsv, readSpreadsheet, writeCsv } from '../importers/spreadsheet.ts';
import { createOrganisation, listOrganisations } from './organisation.ts';
import { exportOrganisationRegister, importOrganisationRegister } from './organisation-register.ts';
import { createPlan } from './plan.ts';

const ctx = await openTestContext('registerförare');
const HEADER = ['Organisationskod', 'Namn', 'Typ', 'Överordnad kod', 'Gäller från', 'Gäller till'];
const csv = (...rows: string[][]) => writeCsv([HEADER, ...rows]);

const snapshot = async () =>
  (await listOrganisations(ctx)).map((o) => ({ ...o, createdAt: 0, updatedAt: 0 }));

before(async () => {
  const city = await createOrganisation(ctx, { kind: 'city', name: 'Åby kommun', externalId: '1000' });
  const board = await createOrganisation(ctx, {
    kind: 'board',
    name: 'Barn- och utbildningsnämnden',
    parentId: city.id,
    externalId: '2000',
    validFrom: '2020-01-01',
  });
  // No code: the export names it and the import finds it by that name.
  const uncoded = await createOrganisation(ctx, {
    kind: 'department',
    name: 'Förskoleavdelningen',
    parentId: board.id,
  });
  const unit = await createOrganisation(ctx, {
    kind: 'unit',
    name: 'Ängens förskola; Öst',
    parentId: uncoded.id,
    externalId: '2110',
    validFrom: '2020-01-01',
  });
  await createOrganisation(ctx, {
    kind: 'unit',
    name: 'Gamla skolan',
    parentId: board.id,
    externalId: '2200',
    validFrom: '2020-01-01',
    validTo: '2023-06-30',
  });
  await createPlan(ctx, { organisationId: unit.id, year: 2026, kind: 'plan', author: 'Rektor' });
});

describe('organisation register file', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`exports as ${format} and imports back without changing anything`, async () => {
      const before = await snapshot();
      const bytes = await exportOrganisationRegister(ctx, format);
      const table = await readSpreadsheet(bytes);
      assert.deepEqual(table[0], HEADER);
      assert.ok(table.some((r) => r[1] === 'Ängens förskola; Öst' && r[3] === 'Förskoleavdelningen'));
      assert.ok(table.some((r) => r[0] === '2200' && r[5] === '2023-06-30'));
      const report = await importOrganisationRegister(ctx, bytes);
      assert.deepEqual(report, { rows: 5, created: 0, changed: 0, unchanged: 5, errors: [] });
      assert.deepEqual(await snapshot(), before);
    });
  }

  it('writes CSV for Swedish Excel: BOM, semicolons, quoted names', async () => {
    const bytes = await exportOrganisationRegister(ctx, 'csv');
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.match(text, /^\uFEFFOrganisationskod;Namn;Typ;Överordnad kod;Gäller från;Gäller till\r\n/);
    assert.match(text, /2110;"Ängens förskola; Öst";Enhet;Förskoleavdelningen;2020-01-01;\r\n/);
  });

  it('dry-runs a change without writing it', async () => {
    const before = await snapshot();
    const report = await importOrganisationRegister(
      ctx,
      csv(['3000', 'Kulturnämnden', 'Nämnd', '1000', '', '']),
      {
        dryRun: true,
      },
    );
    assert.deepEqual(report, { rows: 1, created: 1, changed: 0, unchanged: 0, errors: [] });
    assert.deepEqual(await snapshot(), before);
  });

  it('creates, renames, moves and closes, keeping the old placement for earlier years', async () => {
    const report = await importOrganisationRegister(
      ctx,
      csv(
        ['3000', 'Kulturnämnden', 'Nämnd', '1000', '2024-01-01', ''],
        ['3100', 'Biblioteken', 'Enhet', '3000', '2024-01-01', ''],
        ['2110', 'Ängens förskola', 'Enhet', '3000', '2020-01-01', ''],
        ['2000', 'Barn- och utbildningsnämnden', 'Nämnd', '1000', '2020-01-01', '2026-12-31'],
      ),
    );
    assert.deepEqual(report, { rows: 4, created: 2, changed: 2, unchanged: 0, errors: [] });
    const orgs = await listOrganisations(ctx);
    const byCode = (code: string) => orgs.find((o) => o.externalId === code)!;
    assert.equal(byCode('3100').parentId, byCode('3000').id);
    assert.equal(byCode('2110').name, 'Ängens förskola');
    assert.equal(byCode('2110').parentId, byCode('3000').id);
    assert.equal(byCode('2000').validTo, '2026-12-31');
    // The test clock stands in 2025: 2024 still shows the unit where it was.
    const in2024 = await listOrganisations(ctx, { year: 2024 });
    const dept = in2024.find((o) => o.name === 'Förskoleavdelningen')!;
    assert.equal(in2024.find((o) => o.externalId === '2110')!.parentId, dept.id);
    assert.ok(!(await listOrganisations(ctx, { year: 2027 })).some((o) => o.externalId === '2000'));
  });

  it('reads a Windows-1252 file without BOM and with LF line ends', async () => {
    const text = `${HEADER.join(';')}\n3200;Musikskolan Ärlan;Enhet;3000;;\n`;
    const bytes = new Uint8Array([...text].map((ch) => ch.charCodeAt(0)));
    assert.equal(bytes.includes(0xc4), true);
    const report = await importOrganisationRegister(ctx, bytes);
    assert.deepEqual(report.errors, []);
    assert.ok((await listOrganisations(ctx)).some((o) => o.name === 'Musikskolan Ärlan'));
  });

  it('reports every bad row in Swedish and writes nothing', async () => {
    const before = await snapshot();
    const report = await importOrganisationRegister(
      ctx,
      csv(
        ['4000', 'Enhet utan förälder', 'Enhet', '9999', '', ''],
        ['4100', 'Första', 'Enhet', '3000', '', ''],
        ['4100', 'Andra', 'Enhet', '3000', '', ''],
        ['4200', 'Avdelning A', 'Avdelning', '4300', '', ''],
        ['4300', 'Avdelning B', 'Avdelning', '4200', '', ''],
        ['2110', 'Ängens förskola', 'Enhet', '3000', '2020-01-01', '2025-06-30'],
        ['4400', 'Ny enhet', 'Skola', '3000', '2026-13-01', ''],
        ['4500', 'Fungerande enhet', 'Enhet', '3000', '', ''],
      ),
    );
    const at = (row: number) => report.errors.filter((e) => e.row === row);
    assert.match(at(2)[0]!.message, /ingen organisation med koden 9999/);
    assert.equal(at(2)[0]!.column, 'Överordnad kod');
    assert.match(at(3)[0]!.message, /Koden 4100 används på flera rader \(rad 3, 4\)/);
    assert.match(at(4)[0]!.message, /används på flera rader/);
    assert.ok(at(5).some((e) => /hamnar under sig själv/.test(e.message)));
    assert.ok(at(6).some((e) => /hamnar under sig själv/.test(e.message)));
    assert.match(at(7)[0]!.message, /har planer för 2026 och kan inte stängas 2025-06-30/);
    assert.deepEqual(
      at(8).map((e) => e.column),
      ['Typ', 'Gäller från'],
    );
    assert.equal(at(9).length, 0);
    assert.deepEqual(await snapshot(), before);
  });

  it('names a missing column and an empty file', async () => {
    const missing = await importOrganisationRegister(
      ctx,
      writeCsv([
        ['Namn', 'Typ'],
        ['X', 'Enhet'],
      ]),
    );
    assert.match(missing.errors[0]!.message, /saknar kolumnen ”Organisationskod”/);
    const empty = await importOrganisationRegister(ctx, writeCsv([HEADER]));
    assert.match(empty.errors[0]!.message, /inga rader/);
    assert.deepEqual(parseCsv(''), []);
  });
});
