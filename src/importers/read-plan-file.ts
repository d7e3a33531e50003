// Reads an uploaded or local plan file into plan text, rejecting input the parser cannot use with a
// Swedish message that says what to do. .docx goes through mammoth; text may be UTF-8, UTF-16 or Windows-1252.
import { readFile, stat } from 'node:fs/promises';
import { docxToPlanText } from './docx-to-text.ts';
import { ImportInputError } from './import-input-error.ts';
import { findPlanStarts } from './split-plans.ts';
import { toLines } from './text.ts';

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function tooLarge(name: string): ImportInputError {
  return new ImportInputError(
    `Filen "${name}" är större än 20 MB. Dela upp den eller spara den som text utan bilder.`,
    {
      name,
    },
  );
}

async function load(input: string | Uint8Array, name: string): Promise<Uint8Array> {
  if (typeof input !== 'string') return input;
  const info = await stat(input).catch(() => null);
  if (!info?.isFile())
    throw new ImportInputError(`Filen "${name}" hittades inte. Kontrollera sökvägen.`, { name });
  if (info.size > MAX_PLAN_FILE_BYTES) throw tooLarge(name);
  return new Uint8Array(await readFile(input));
}

async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  try {
    return await docxToPlanText(bytes);
  } catch {
    throw new ImportInputError(
      `Filen "${name}" kunde inte läsas som ett Word-dokument (.docx). Öppna den i Word och spara den på nytt som .docx.`,
      { name },
    );
  }
}

/** Share of control characters other than TAB/LF/CR/FF; text files have next to none. */
function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  return bytes.length === 0 ? 0 : n / bytes.length;
}

/**
 * Decodes text: UTF-16 when it has a byte-order mark, otherwise UTF-8, falling back to Windows-1252
 * for older Swedish exports. Anything with NUL bytes or many control characters is binary.
 */
function decodeText(bytes: Uint8Array, name: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0) || controlShare(bytes) > 0.01) {
    throw new ImportInputError(
      `Filen "${name}" verkar inte vara en textfil eller ett Word-dokument. Ladda upp planen som .docx eller som text (.txt).`,
      { name },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Returns the plan text of a .docx or UTF-8 text file given as a path or as bytes. Throws
 * ImportInputError for empty, oversized, binary and non-plan input.
 */
export async function readPlanFile(input: string | Uint8Array, name: string): Promise<string> {
  const bytes = await load(input, name);
  if (bytes.length > MAX_PLAN_FILE_BYTES) throw tooLarge(name);
  if (bytes.length === 0)
    throw new ImportInputError(`Filen "${name}" är tom. Välj en fil som innehåller en verksamhetsplan.`, {
      name,
    });
  if (startsWith(bytes, PDF)) {
    throw new ImportInputError(
      `PDF-filer kan inte importeras ("${name}"). Spara planen som .docx eller som text och försök igen.`,
      { name },
    );
  }
  if (startsWith(bytes, OLE)) {
    throw new ImportInputError(
      `Filen "${name}" är i det äldre Word-formatet (.doc). Spara den som .docx och försök igen.`,
      { name },
    );
  }
  const text = startsWith(bytes, ZIP) ? await docxText(bytes, name) : decodeText(bytes, name);
  if (text.trim() === '')
    throw new ImportInputError(
      `Filen "${name}" innehåller ingen text. Välj en fil som innehåller en verksamhetsplan.`,
      { name },
    );
  if (findPlanStarts(toLines(text)).length === 0) {
    throw new ImportInputError(
      `Ingen verksamhetsplan hittades i "${name}". Filen måste innehålla rubriken "Verksamhetsplan ÅÅÅÅ", en handläggare eller målrubriker som "KF:s inriktningsmål:".`,
      { name },
    );
  }
  return text;
}
