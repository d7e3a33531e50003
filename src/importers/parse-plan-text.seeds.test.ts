// Checks the parser against the real plan files of the city (one text extraction per year, several plans per file). The files live outside
// the repository (../shared/seeds) and are never copied into it; the tests skip when they are absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { toImportJson } from './import-json.ts';
import { findLostLines } from './lost-text.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { ParsedPlan } from './parsed-plan.ts';
import { countPlan, flattenGoals } from './parsed-plan-queries.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = join(repoRoot, '..', 'shared', 'seeds');
const skip = existsSync(seeds) ? false : 'seed files (../shared/seeds) are not available';

function load(file: string): { text: string; plans: ParsedPlan[] } {
  const text = readFileSync(join(seeds, file), 'utf8');
  return { text, plans: parsePlanText(text).plans };
}

/** [KF inriktningsmål, KF mål, nämndmål, enhetsmål, logical indicator rows, activity rows] */
function counts(plan: ParsedPlan): number[] {
  return Object.values(countPlan(plan));
}

// Per-plan counts as printed in the files; indicator counts are logical rows (P5: 12 printed rows, 1 continuation).
const EXPECTED = [
  { id: 'P1', file: '000_2a233bc7db55a10b.txt', index: 0, counts: [3, 7, 7, 6, 5, 6], year: 2023 },
  { id: 'P2', file: '001_d685a3b99da1e2b8.txt', index: 0, counts: [3, 7, 7, 8, 9, 14], year: 2025 },
  { id: 'P3', file: '002_aac68f64fb6438ce.txt', index: 0, counts: [3, 9, 10, 9, 12, 12], year: 2025 },
  { id: 'P5', file: '004_8ca694bc58929bb5_part1.txt', index: 0, counts: [3, 6, 8, 7, 11, 6], year: 2022 },
  { id: 'P6', file: '004_8ca694bc58929bb5_part1.txt', index: 1, counts: [3, 5, 7, 9, 13, 11], year: 2022 },
];

// The template's own headings under Inledning and Övrigt; plan-specific headings are checked structurally below.
const INTRO = {
  P1: ['Enhetens uppdrag', 'Utvecklingsområden 2023', 'Organisationsbeskrivning'],
  P2: [
    'Enhetens uppdrag',
    'Utvecklingsområden 2025',
    'Organisationsbeskrivning',
    'Medarbetarnas delaktighet',
  ],
  P6: ['Enhetens uppdrag', 'Utvecklingsområden 2022', 'Organisationsbeskrivning', 'Ledarskapsidé'],
};
const OTHER = {
  P1: ['Agenda 2030', 'Kvalitetsarbete', 'Personalens medverkan i kvalitetsarbete'],
  P2: [
    'Systematiskt kvalitetsarbete',
    'Personalens medverkan i kvalitetsarbete',
    'Stadens kvalitetsprogram',
    'Systematiskt kvalitetsarbete',
    'Agenda 2030',
    'Agenda 2030',
  ],
  P3: ['Systematiskt kvalitetsarbete', 'Agenda 2030'],
  P5: ['Kvalitet', '-Brukardialog', 'Synpunkter och klagomål', 'Brukarna i centrum'],
  P6: ['Kvalitet'],
};

describe('parsePlanText on the seed plans', { skip }, () => {
  it('splits file 004 part 1 into P5 and P6 at the author line', () => {
    const { plans } = load('004_8ca694bc58929bb5_part1.txt');
    assert.equal(plans.length, 2);
    assert.equal(plans[1]!.startLine, 508);
  });

  for (const e of EXPECTED) {
    it(`${e.id}: counts goals, logical indicator rows and activities as printed in the file`, () => {
      const plan = load(e.file).plans[e.index]!;
      assert.deepEqual(counts(plan), e.counts);
      assert.equal(plan.front.year, e.year);
    });

    it(`${e.id}: loses no text`, () => {
      const { text, plans } = load(e.file);
      assert.deepEqual(findLostLines(text, plans[e.index]!), []);
      assert.deepEqual(plans[e.index]!.unplaced, []);
    });
  }

  it('P1, P2, P6: Inledning headings are the template headings in order', () => {
    for (const [id, expected] of Object.entries(INTRO)) {
      const e = EXPECTED.find((x) => x.id === id)!;
      const plan = load(e.file).plans[e.index]!;
      assert.deepEqual(toImportJson({ plans: [plan], warnings: [] }).plans[0]!.introHeadings, expected, id);
    }
  });

  it('P3: Inledning has 18 headings, the nine listed verksamheter nested under their list', () => {
    const plan = load('002_aac68f64fb6438ce.txt').plans[0]!;
    assert.equal(plan.intro.length, 18);
    const nested = plan.intro.filter((s) => s.depth === 2);
    assert.equal(nested.length, 9);
    const listSection = plan.intro[plan.intro.indexOf(nested[0]!) - 1]!;
    for (const s of nested) assert.ok(listSection.body.includes(`- ${s.heading}`), s.heading);
    const top = plan.intro.filter((s) => s.depth === 1).map((s) => s.heading);
    for (const h of [
      'Verksamhetsbeskrivning',
      'Medarbetare',
      'Budget 2025',
      'Kompetensutveckling 2025',
      'Verksamhetsutveckling:',
    ]) {
      assert.ok(top.includes(h), h);
    }
    assert.equal(top[top.length - 1], 'Medarbetarnas delaktighet');
  });

  it('P5: Utvecklingsområden has two sub-headings that repeat nämndmål titles', () => {
    const plan = load('004_8ca694bc58929bb5_part1.txt').plans[0]!;
    const headings = plan.intro.map((s) => s.heading);
    assert.deepEqual(
      [headings[0], headings[1], headings[4], headings[5]],
      ['Enhetens uppdrag', 'Utvecklingsområden 2022', 'Organisationsbeskrivning', 'Ledarskapsidé'],
    );
    const boardTitles = flattenGoals(plan.goals)
      .filter((g) => g.level === 'board')
      .map((g) => g.title);
    for (const sub of plan.intro.slice(2, 4)) {
      assert.equal(sub.depth, 2);
      assert.ok(boardTitles.includes(sub.heading), sub.heading);
    }
  });

  it('finds the template headings under Övrigt', () => {
    for (const [id, expected] of Object.entries(OTHER)) {
      const e = EXPECTED.find((x) => x.id === id)!;
      assert.deepEqual(
        load(e.file).plans[e.index]!.other.map((s) => s.heading),
        expected,
        id,
      );
    }
  });

  it('P5: budget variant B values as printed, revenue-negative convention, normalised balance', () => {
    const plan = load('004_8ca694bc58929bb5_part1.txt').plans[0]!;
    const json = toImportJson({ plans: [plan], warnings: [] }).plans[0]!;
    assert.deepEqual(json.budgetTables, [
      {
        title: null,
        columns: [],
        rows: [
          { label: 'Intäkter', values: [-21024] },
          { label: 'Löner', values: [13609] },
          { label: 'Övriga kostnader', values: [7415] },
          { label: 'Netto', values: [0] },
        ],
      },
    ]);
    const table = plan.economy.tables[0]!;
    assert.equal(table.signConvention, 'revenue_negative');
    assert.deepEqual(
      table.rows.map((r) => r.normalized[0]),
      [21024, 13609, 7415, 0],
    );
  });

  it('P5: the KF indicator cut by a page break is one gender-marked row', () => {
    const plan = load('004_8ca694bc58929bb5_part1.txt').plans[0]!;
    const rows = flattenGoals(plan.goals).find((g) => g.number === '1.4')!.indicators;
    assert.equal(rows.length, 4);
    assert.equal(rows[2]!.continuationLines.length, 1);
    assert.ok(rows[2]!.name.endsWith('(stöd och service till personer med funktionsnedsättning)'));
    assert.equal(rows[2]!.genderMarked, true);
    assert.equal(rows[3]!.genderMarked, true);
  });

  it('P2: strips the § marker from three KF indicators', () => {
    const plan = load('001_d685a3b99da1e2b8.txt').plans[0]!;
    const marked = flattenGoals(plan.goals)
      .flatMap((g) => g.indicators)
      .filter((i) => i.paragraphMarked);
    assert.equal(marked.length, 3);
    for (const i of marked) assert.ok(!i.name.includes('§'));
  });

  it('P2: reads the Dnr letterhead and both dates', () => {
    const front = load('001_d685a3b99da1e2b8.txt').plans[0]!.front;
    assert.ok(front.dnr?.startsWith('HÄ '));
    assert.match(front.pageHeader ?? '', /^Sid 1 \(\d+\)$/);
    assert.match(front.letterDate ?? '', /^2025-/);
    assert.match(front.date ?? '', /^2025-/);
  });

  it('P3: joins the bold unit name printed over two lines', () => {
    const front = load('002_aac68f64fb6438ce.txt').plans[0]!.front;
    assert.ok(front.unit && !front.unit.includes('*') && front.unit.split(' ').length === 4);
  });

  it('re-joins exactly the paragraphs that page breaks split in the files', () => {
    const joined = (file: string) =>
      parsePlanText(readFileSync(join(seeds, file), 'utf8'))
        .warnings.filter((w) => w.code === 'paragraph_rejoined')
        .map((w) => w.line)
        .sort((a, b) => a - b);
    assert.deepEqual(joined('000_2a233bc7db55a10b.txt'), [145, 276, 393]);
    assert.deepEqual(joined('001_d685a3b99da1e2b8.txt'), [129, 239, 367]);
    assert.deepEqual(joined('002_aac68f64fb6438ce.txt'), [115, 455, 549]);
    assert.deepEqual(
      joined('004_8ca694bc58929bb5_part1.txt'),
      [62, 90, 581, 705, 733, 904, 1031, 1062, 1125],
    );
  });

  it('P6: flags the activity dated in the year before the plan', () => {
    const text = readFileSync(join(seeds, '004_8ca694bc58929bb5_part1.txt'), 'utf8');
    const { warnings } = parsePlanText(text);
    assert.ok(
      warnings.some((w) => w.planIndex === 1 && w.line === 1054 && w.code === 'activity_outside_year'),
    );
  });
});
