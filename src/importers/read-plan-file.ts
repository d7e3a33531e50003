// Reads an uploaded or local plan file into plan text, rejecting input the parser cannot use with a
// Swedish message that says what to do. .docx goes through mammoth; text must be UTF-8.
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

function utf8Text(bytes: Uint8Array, name: string): string {
  const binary = new ImportInputError(
    `Filen "${name}" verkar inte vara en textfil eller ett Word-dokument. Ladda upp planen som .docx eller som text (.txt, UTF-8).`,
    { name },
  );
  if (bytes.includes(0)) throw binary;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary;
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
  const text = startsWith(bytes, ZIP) ? await docxText(bytes, name) : utf8Text(bytes, name);
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
