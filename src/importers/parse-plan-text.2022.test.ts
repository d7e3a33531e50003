// The 2022 template: two plans in one file, garbled author label, lost title letter, budget B and C.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findLostLines } from './lost-text.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';
import { countPlan as counts, findGoalByTitle } from './parsed-plan-queries.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'import');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function goalByTitle(plan: ParsedPlan, start: string): ParsedGoal {
  const goal = findGoalByTitle(plan, start);
  assert.ok(goal, `no goal starting with "${start}"`);
  return goal;
}

describe('parsePlanText on a 2022 file with two plans', () => {
  const text = read('plan-2022-two-plans.txt');
  const { plans, warnings } = parsePlanText(text);
  const [first, second] = plans;

  it('splits at the author lines, including the misspelled "Vandläggare"', () => {
    assert.equal(plans.length, 2);
    assert.equal(first!.front.author, 'Per Ekström');
    assert.equal(second!.front.author, 'Lisa Berg');
    assert.equal(second!.front.authorLabel, 'Vandläggare');
    assert.ok(warnings.some((w) => w.code === 'author_label_misspelled' && w.planIndex === 1));
  });

  it('reads the address block, the lost first letter, a split addressee and an empty phone', () => {
    assert.equal(first!.front.unit, 'Enheten för daglig sysselsättning');
    assert.equal(first!.front.hasDecisionProposal, true);
    assert.deepEqual(first!.front.addressBlock.slice(1, 3), ['Strandvägen 12', '08 555 20 100']);
    assert.equal(second!.front.title, 'Verksamhetsplan 2022 för Enheten för stöd till barn och familjer');
    assert.equal(second!.front.unit, 'Enheten för stöd till barn och familjer');
    assert.equal(second!.front.addressee, 'Enheten för stöd till barn och familjer');
    assert.equal(second!.front.phone, null);
    assert.deepEqual(second!.front.attachments, ['Bilaga 1: budgetruta 8']);
    assert.ok(warnings.some((w) => w.code === 'title_first_letter_lost'));
  });

  it('merges rows continued over page breaks and strips gender glyphs', () => {
    assert.deepEqual(counts(first!), {
      directions: 2,
      areas: 2,
      board: 2,
      unit: 1,
      indicators: 5,
      activities: 2,
    });
    const rows = goalByTitle(first!, 'Stöd ges i tid').indicators;
    assert.equal(
      rows[1]!.name,
      'Andel deltagare som upplever att personalen bemöter dem väl (stöd och service till personer med funktionsnedsättning)',
    );
    assert.equal(rows[1]!.genderMarked, true);
    assert.equal(rows[2]!.name, 'Andel deltagare som kan påverka sina aktiviteter');
    assert.equal(rows[2]!.genderMarked, true);
    assert.equal(rows[2]!.levelSignal, 'unknown');
    assert.equal(rows[3]!.councilTargetText, 'Tas fram av nämnd/styrelse');
    assert.deepEqual(rows[3]!.councilTarget, { kind: 'set_by_board', text: 'Tas fram av nämnd/styrelse' });
  });

  it('numbers nämndmål without the trailing dot and splits a fused field heading', () => {
    const culture = goalByTitle(first!, 'Invånarna tar del');
    assert.equal(culture.number, '2.4.1');
    assert.equal(culture.title, 'Invånarna tar del av ett varierat kulturutbud');
    assert.match(culture.fields.description!, /stöttar föreningar/);
    const unit = goalByTitle(first!, 'Deltagarna har meningsfulla');
    assert.equal(unit.activities[0]!.start, '2022-02-14');
  });

  it('reads budget variant B with its promoted header row and detects the sign convention', () => {
    const [table] = first!.economy.tables;
    assert.equal(first!.economy.tables.length, 1);
    assert.deepEqual(
      table!.rows.map((r) => [r.label, r.group, r.values[0], r.normalized[0]]),
      [
        ['Intäkter', 'revenue', -12500, 12500],
        ['Löner', 'cost', 9800, 9800],
        ['Övriga kostnader', 'cost', 2700, 2700],
        ['Netto', 'net', 0, 0],
      ],
    );
    assert.equal(table!.signConvention, 'revenue_negative');
    assert.deepEqual(
      first!.other.map((s) => s.heading),
      ['Kvalitet', '-Deltagardialog', 'Synpunkter och klagomål'],
    );
  });

  it('reads budget variant C per verksamhet with negative costs', () => {
    const tables = second!.economy.tables;
    assert.deepEqual(
      tables.map((t) => t.title),
      ['Barn och unga (myndighet)', 'Familjerätt'],
    );
    assert.deepEqual(tables[0]!.columns, ['Budget VP', 'Prognos', 'Avvikelse']);
    assert.equal(tables[0]!.signConvention, 'cost_negative');
    assert.equal(tables[0]!.unit, 'tkr');
    assert.deepEqual(tables[0]!.rows[1]!.normalized, [14200, 14200, 0]);
    assert.deepEqual(tables[0]!.rows[2]!.values, [-13600, -13600, 0]);
  });

  it('keeps a duplicated Inledning heading and flags the activity dated a year early', () => {
    assert.deepEqual(
      second!.intro.map((s) => s.heading),
      ['Enhetens uppdrag', 'Inledning'],
    );
    const activity = goalByTitle(second!, 'Enhetens ekonomi är i balans').activities[0]!;
    assert.equal(activity.outsideYear, true);
  });

  it('loses no text in either plan', () => {
    for (const plan of plans) assert.deepEqual(findLostLines(text, plan), []);
  });
});

describe('parsePlanText on assorted 2022 quirks', () => {
  const text = read('plan-2022-assorted.txt');
  const { plans, warnings } = parsePlanText(text);
  const plan = plans[0]!;

  it('reads free Inledning headings, nesting those under Utvecklingsområden', () => {
    assert.deepEqual(
      plan.intro.map((s) => [s.depth, s.heading]),
      [
        [1, 'Enhetens uppdrag'],
        [1, 'Arbetsätt'],
        [1, 'Utvecklingsområden 2022'],
        [2, 'Åtgärdsplaner för en budget i balans'],
        [1, 'Enhetens organisation'],
        [1, 'Ledarskapsidé'],
      ],
    );
  });

  it('keeps a gender-marked nämnd row and merges a name cut by a page break', () => {
    assert.deepEqual(counts(plan), {
      directions: 1,
      areas: 1,
      board: 1,
      unit: 1,
      indicators: 5,
      activities: 1,
    });
    const [gender, cut] = goalByTitle(plan, 'Vuxna lever').indicators;
    assert.equal(gender!.name, 'Andel klienter som upplever att stödet utgår från deras önskemål');
    assert.equal(gender!.genderMarked, true);
    assert.equal(gender!.levelSignal, 'unknown');
    assert.ok(cut!.name.endsWith('hot, trakasserier, sexuella trakasserier och repressalier'));
    assert.equal(cut!.levelSignal, 'local');
  });

  it('attaches a table after Uppföljning to the enhetsmål and keeps nested and unspaced list items', () => {
    const unit = goalByTitle(plan, 'Klienterna får stöd');
    assert.deepEqual(
      unit.indicators.map((i) => [i.name, i.target]),
      [['Andel medarbetare som är certifierade i metoden', { kind: 'number', value: 40, unit: null }]],
    );
    assert.equal(
      unit.fields.waysOfWorking,
      'Vi följer upp varje plan var sjätte månad.\n\n  - Uppföljning sker i samtal\n  - Resultatet dokumenteras\n' +
        '- Biträdande enhetschef granskar ett urval\n\nGranskningen redovisas på APT.',
    );
    assert.equal(unit.fields.resources, '.');
    assert.ok(warnings.some((w) => w.code === 'template_guidance'));
  });

  it('reads two per-verksamhet budget tables separated by page-break blank lines', () => {
    assert.equal(plan.economy.resourceUse, '');
    assert.deepEqual(
      plan.economy.tables.map((t) => [t.title, t.rows[2]!.values[0], t.signConvention]),
      [
        ['Vuxna med missbruk', -14400, 'cost_negative'],
        ['Socialpsykiatri', -17800, 'cost_negative'],
      ],
    );
    assert.deepEqual(
      plan.other.map((s) => [s.heading, s.body]),
      [
        ['Kvalitet', ''],
        ['Synpunkter och klagomål', 'Klagomål besvaras inom två veckor.'],
      ],
    );
  });

  it('loses no text', () => {
    assert.deepEqual(findLostLines(text, plan), []);
  });
});
