// Random and mutated input must never crash the importer: parsePlanText always returns, and
// readPlanFile fails only with ImportInputError. The PRNG is seeded so failures reproduce.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ImportInputError } from './import-input-error.ts';
import { toImportJson } from './import-json.ts';
import { parsePlanText } from './parse-plan-text.ts';
import { readPlanFile } from './read-plan-file.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'import');
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '\t',
  '\t\t\t',
  ' ',
  '♀ ',
  '♂',
  ' §',
  '**',
  '<i>',
  '</i>',
  'Handläggare',
  'Till',
  'Inledning',
  'Övrigt',
  'KF:s inriktningsmål:',
  'Nämndmål: 1.2.',
  'Enhetsmål:',
  'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
  'Aktivitet\tStartdatum\tSlutdatum',
  'Redovisning av ekonomi',
  'Budget 2022',
  '----------\t---------',
  'erksamhetsplan 2022 för X',
  '2022-13-45',
  '-0',
  '1 000 000',
  'Arbets sätt',
  '(((',
  '.....\t3',
  '\u0000',
];

function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ops = 1 + Math.floor(rnd() * 12);
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(rnd() * Math.max(1, lines.length));
    const op = Math.floor(rnd() * 7);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, pick(SNIPPETS));
    else if (op === 2) lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)] ?? '');
    else if (op === 3) lines[i] = `${pick(SNIPPETS)}${lines[i] ?? ''}`;
    else if (op === 4) lines[i] = `${lines[i] ?? ''}${pick(SNIPPETS)}`;
    else if (op === 5) lines[i] = (lines[i] ?? '').slice(0, Math.floor(rnd() * 40));
    else lines.reverse();
  }
  return lines.join(rnd() < 0.1 ? '\r\n' : '\n');
}

function shuffle(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
}

function randomBytes(rnd: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rnd() * 256);
  return out;
}

function parseAll(text: string): void {
  const result = parsePlanText(text);
  assert.ok(Array.isArray(result.plans));
  JSON.stringify(toImportJson(result));
}

async function readOnlyFailsCleanly(input: Uint8Array): Promise<void> {
  try {
    parseAll(await readPlanFile(input, 'fuzz.bin'));
  } catch (err) {
    assert.ok(err instanceof ImportInputError, `unexpected ${String(err)}`);
  }
}

describe('parser robustness', () => {
  it('survives mutated fixtures', () => {
    const rnd = prng(20251122);
    for (let n = 0; n < 150; n++) parseAll(mutate(texts[n % texts.length]!, rnd));
  });

  it('survives shuffled fixture lines', () => {
    const rnd = prng(7);
    for (let n = 0; n < 30; n++) parseAll(shuffle(texts[n % texts.length]!, rnd));
  });

  it('survives random bytes, through readPlanFile and directly', async () => {
    const rnd = prng(42);
    for (let n = 0; n < 60; n++) {
      const bytes = randomBytes(rnd, Math.floor(rnd() * 4000));
      await readOnlyFailsCleanly(bytes);
      parseAll(new TextDecoder().decode(bytes));
    }
  });

  it('survives large degenerate input', () => {
    parseAll('Handläggare\nTill\n'.repeat(5000));
    parseAll('Verksamhetsplan 2024\nInledning\n'.repeat(5000));
    parseAll(`${'a\t'.repeat(50000)}\n`);
    parseAll(`KF:s inriktningsmål: ${'1.'.repeat(20000)} x`);
    parseAll(`${'x '.repeat(100000)}\n\n${'('.repeat(10000)}`);
    parseAll(`Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet\n${'\t\t\t\n'.repeat(3000)}`);
    parseAll(`Verksamhetsplan 2024\n\nInledning\n\n${'fortsättning utan slut\n\n'.repeat(20000)}`);
    parseAll(
      `Verksamhetsplan 2024\n\nInledning\n\nRubrik\n\n${'- Punkt\n'.repeat(3000)}\n${'Punkt\n\n'.repeat(3000)}`,
    );
    parseAll(`Innehållsförteckning\n${'.'.repeat(100000)}\nInledning\n`);
    parseAll(`Enhetsmål: x\n\n${'Uppföljning\n\n'.repeat(20000)}`);
  });
});
