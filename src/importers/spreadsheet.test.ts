import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import {
  decodeText,
  detectFormat,
  parseCsv,
  readRecords,
  readSpreadsheet,
  writeCsv,
  writeXlsx,
} from './spreadsheet.ts';

describe('spreadsheet', () => {
  it('writes CSV with a BOM, semicolons, CRLF and quotes only where needed', () => {
    const bytes = writeCsv([
      ['Kod', 'Namn'],
      ['01', 'Förskola; Öst'],
      ['02', 'Säger "hej"'],
    ]);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    assert.equal(text, 'Kod;Namn\r\n01;"Förskola; Öst"\r\n02;"Säger ""hej"""\r\n');
  });

  it('reads UTF-8 with and without BOM and Windows-1252 alike', () => {
    const utf8 = new TextEncoder().encode('Namn;Ort\nÅsa;Gävle\n');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    // "Åsa;Gävle" as Swedish Excel saves it: Å = 0xC5, ä = 0xE4.
    const cp1252 = new Uint8Array([
      ...new TextEncoder().encode('Namn;Ort\n'),
      0xc5,
      0x73,
      0x61,
      0x3b,
      0x47,
      0xe4,
      0x76,
      0x6c,
      0x65,
      0x0a,
    ]);
    for (const bytes of [utf8, withBom, cp1252]) {
      assert.deepEqual(parseCsv(decodeText(bytes)), [
        ['Namn', 'Ort'],
        ['Åsa', 'Gävle'],
      ]);
    }
  });

  it('splits quoted fields holding semicolons, quotes and line breaks, with CRLF or LF', () => {
    const rows = parseCsv('a;"b;c";"d ""e"""\r\n"rad\r\ntvå";;x\nsista');
    assert.deepEqual(rows, [['a', 'b;c', 'd "e"'], ['rad\r\ntvå', '', 'x'], ['sista']]);
  });

  it('keeps blank lines as empty rows so row numbers match Excel', () => {
    assert.deepEqual(parseCsv('a\n\nb\n'), [['a'], [], ['b']]);
  });

  it('round-trips XLSX as text, keeping leading zeros', async () => {
    const bytes = await writeXlsx('Register', [
      ['Kod', 'Namn'],
      ['0101', 'Åby förskola'],
    ]);
    assert.equal(detectFormat(bytes), 'xlsx');
    assert.deepEqual(await readSpreadsheet(bytes), [
      ['Kod', 'Namn'],
      ['0101', 'Åby förskola'],
    ]);
  });

  it('reads dates typed in Excel as YYYY-MM-DD', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Datum', 'Tal']);
    sheet.addRow([new Date(Date.UTC(2026, 0, 1)), 12.5]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    assert.deepEqual(await readSpreadsheet(bytes), [
      ['Datum', 'Tal'],
      ['2026-01-01', '12.5'],
    ]);
  });

  it('refuses a broken XLSX with a Swedish message', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await assert.rejects(readSpreadsheet(bytes), /kunde inte läsas som Excel-fil/);
  });

  it('maps columns by header, case-insensitively, and names a missing one', () => {
    const columns = [
      { key: 'code' as const, header: 'Organisationskod', required: true },
      { key: 'name' as const, header: 'Namn', aliases: ['Benämning'], required: true },
      { key: 'note' as const, header: 'Anteckning' },
    ];
    const records = readRecords(
      [['benämning', ' ORGANISATIONSKOD '], ['Skolan', '10'], [], ['Parken ', '11']],
      columns,
    );
    assert.deepEqual(records, [
      { row: 2, values: { code: '10', name: 'Skolan', note: '' } },
      { row: 4, values: { code: '11', name: 'Parken', note: '' } },
    ]);
    assert.throws(() => readRecords([['Namn']], columns), /saknar kolumnen ”Organisationskod”/);
  });
});
