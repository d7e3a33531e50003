import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { ImportInputError } from './import-input-error.ts';
import { MAX_PLAN_FILE_BYTES, readPlanFile } from './read-plan-file.ts';

const fixture = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'test',
  'fixtures',
  'import',
  'plan-2025-dnr.txt',
);
const bytes = (s: string) => new TextEncoder().encode(s);

async function rejectsWith(input: string | Uint8Array, name: string, pattern: RegExp): Promise<void> {
  await assert.rejects(readPlanFile(input, name), (err: unknown) => {
    assert.ok(err instanceof ImportInputError, String(err));
    assert.equal(err.code, 'INVALID');
    assert.match(err.message, pattern);
    return true;
  });
}

describe('readPlanFile', () => {
  it('reads a UTF-8 plan from a path', async () => {
    const text = await readPlanFile(fixture, 'plan.txt');
    assert.match(text, /^\n\n\nDnr: /);
  });

  it('reads a .docx plan from bytes', async () => {
    const doc = new Document({
      sections: [
        {
          children: ['Verksamhetsplan 2024 för Testenheten', 'Inledning', 'Enhetens uppdrag'].map(
            (t) => new Paragraph(t),
          ),
        },
      ],
    });
    const text = await readPlanFile(new Uint8Array(await Packer.toBuffer(doc)), 'plan.docx');
    assert.equal(text, 'Verksamhetsplan 2024 för Testenheten\n\nInledning\n\nEnhetens uppdrag');
  });

  it('reads Windows-1252 and UTF-16 text', async () => {
    const plan = 'Verksamhetsplan 2024 för Äldreenheten\n\nInledning';
    const cp1252 = Uint8Array.from(
      [...plan].map((c) => ({ Ä: 0xc4, ä: 0xe4, ö: 0xf6 })[c] ?? c.charCodeAt(0)),
    );
    assert.equal(await readPlanFile(cp1252, 'plan.txt'), plan);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...plan].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    assert.equal(await readPlanFile(utf16, 'plan.txt'), plan);
  });

  it('rejects an empty file', async () => {
    await rejectsWith(new Uint8Array(), 'tom.txt', /är tom/);
    await rejectsWith(bytes(' \n\n '), 'blank.txt', /ingen text/);
  });

  it('rejects files over 20 MB, from bytes and from a path', async () => {
    const big = new Uint8Array(MAX_PLAN_FILE_BYTES + 1).fill(0x61);
    await rejectsWith(big, 'stor.txt', /större än 20 MB/);
    const path = join(mkdtempSync(join(tmpdir(), 'malkedja-import-')), 'stor.txt');
    writeFileSync(path, big);
    await rejectsWith(path, 'stor.txt', /större än 20 MB/);
  });

  it('rejects binary files that are not .docx', async () => {
    await rejectsWith(
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
      'program.bin',
      /inte vara en textfil/,
    );
    await rejectsWith(new Uint8Array([0x41, 1, 2, 3, 4, 5, 0x42]), 'kontroll.bin', /inte vara en textfil/);
    await rejectsWith(bytes('%PDF-1.7\n...'), 'plan.pdf', /PDF-filer/);
    await rejectsWith(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'plan.doc', /\.doc\)/);
    await rejectsWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), 'trasig.docx', /Word-dokument/);
  });

  it('rejects text that is not a plan', async () => {
    await rejectsWith(bytes('Inköpslista\n\n- mjölk\n- bröd'), 'lista.txt', /Ingen verksamhetsplan hittades/);
  });

  it('rejects a path that does not exist', async () => {
    await rejectsWith('/finns/inte/plan.txt', 'plan.txt', /hittades inte/);
  });
});
