// Reading and writing tables as Swedish Excel does: CSV with `;`, UTF-8 with a byte-order mark (so Excel
// does not read å, ä, ö as Windows-1252), and XLSX. Shared by every bulk file (organisation register,
// outcomes): one place that knows the quirks of files people save from Excel.
import type ExcelJS from 'exceljs';
import { AppError } from '../domain/errors.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';
export type Table = string[][];

const BOM = '\uFEFF';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** XLSX files are zip archives; everything else is read as CSV text. */
export function detectFormat(bytes: Uint8Array): SpreadsheetFormat {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? 'xlsx' : 'csv';
}

/**
 * Text from a file saved by Excel: UTF-8 with or without BOM, otherwise Windows-1252 (what Swedish
 * Excel writes as "CSV (semikolonavgränsad)"). Invalid UTF-8 means the file is not UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Splits CSV text into rows: `;` (or the delimiter given) between fields, quotes around fields that
 * hold the delimiter, quotes or line breaks ("" is a quote), CRLF or LF between rows. Rows that are
 * entirely empty (Excel's trailing blank lines) are kept as [] so row numbers stay those Excel shows.
 */
export function parseCsv(text: string, delimiter = ';'): Table {
  // Scans by character code and takes each run of plain characters as one slice: building fields a
  // character at a time cost 0.4 s for a 100,000-row outcome file.
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  const separator = delimiter.charCodeAt(0);
  const rows: Table = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let start = 0; // where the current run of plain characters began
  let i = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === QUOTE) {
        field += text.slice(start, i);
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i += 2;
        } else {
          quoted = false;
          i++;
        }
        start = i;
      } else i++;
      continue;
    }
    if (ch === QUOTE && field === '' && i === start) {
      quoted = true;
      start = ++i;
    } else if (ch === separator) {
      row.push(field + text.slice(start, i));
      field = '';
      start = ++i;
    } else if (ch === CR || ch === LF) {
      field += text.slice(start, i);
      endRow();
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      start = i;
    } else i++;
  }
  field += text.slice(start);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** CSV as Swedish Excel opens it directly: BOM, `;`, CRLF, quotes only where needed. */
export function writeCsv(rows: Table, delimiter = ';'): Uint8Array {
  const quote = (value: string) =>
    /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
  const text = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n');
  return new TextEncoder().encode(`${BOM}${text}\r\n`);
}

/** The first worksheet's cells as text; dates as YYYY-MM-DD, formulas as their computed value. */
/** exceljs takes about 0.3 s to load: only an XLSX file pays for it, not every server start. */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(
      'INVALID',
      'Filen kunde inte läsas som Excel-fil (XLSX). Spara den på nytt i Excel som .xlsx eller som CSV.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Table = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** A one-sheet workbook; every cell is written as text so codes like 0101 keep their zeros. */
export async function writeXlsx(sheetName: string, rows: Table): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.numFmt = '@';
    column.width = Math.min(60, Math.max(12, ...rows.map((r) => (r[i] ?? '').length + 2)));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads CSV or XLSX, whichever the bytes are. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Table> {
  return detectFormat(bytes) === 'xlsx' ? readXlsx(bytes) : parseCsv(decodeText(bytes));
}

export async function writeSpreadsheet(
  format: SpreadsheetFormat,
  sheetName: string,
  rows: Table,
): Promise<Uint8Array> {
  return format === 'xlsx' ? writeXlsx(sheetName, rows) : writeCsv(rows);
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** The header written on export, matched case- and space-insensitively on import. */
  header: string;
  /** Other headers people use for the same column. */
  aliases?: readonly string[];
  required?: boolean;
}

export interface SheetRecord<K extends string> {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  values: Record<K, string>;
}

const normalise = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The data rows of a table with a header row, by column key. A missing required column is an INVALID
 * error naming it; empty rows are skipped; every value is trimmed.
 */
export function readRecords<K extends string>(
  table: Table,
  columns: readonly ColumnSpec<K>[],
): SheetRecord<K>[] {
  const header = (table[0] ?? []).map(normalise);
  const index = new Map<K, number>();
  const missing: string[] = [];
  for (const column of columns) {
    const names = [column.header, ...(column.aliases ?? [])].map(normalise);
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(column.key, at);
    else if (column.required) missing.push(column.header);
  }
  if (missing.length > 0) {
    throw new AppError(
      'INVALID',
      `Filen saknar kolumnen ${missing.map((m) => `”${m}”`).join(', ')}. Första raden ska vara rubrikerna: ${columns.map((c) => c.header).join('; ')}.`,
    );
  }
  const records: SheetRecord<K>[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const values = {} as Record<K, string>;
    for (const column of columns) {
      const at = index.get(column.key);
      values[column.key] = at === undefined ? '' : (cells[at] ?? '').trim();
    }
    records.push({ row: i + 2, values });
  });
  return records;
}
