import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findLostLines } from './lost-text.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'import');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function allGoals(goals: ParsedGoal[]): ParsedGoal[] {
  return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}

function counts(plan: ParsedPlan) {
  const goals = allGoals(plan.goals);
  const level = (l: string) => goals.filter((g) => g.level === l).length;
  return {
    directions: level('city_direction'),
    areas: level('city_area'),
    board: level('board'),
    unit: level('unit'),
    indicators: goals.reduce((n, g) => n + g.indicators.length, 0),
    activities: goals.reduce((n, g) => n + g.activities.length, 0),
  };
}

function goalByTitle(plan: ParsedPlan, start: string): ParsedGoal {
  const goal = allGoals(plan.goals).find((g) => g.title.startsWith(start));
  assert.ok(goal, `no goal starting with "${start}"`);
  return goal;
}

describe('parsePlanText on the 2025 layout with a Dnr letterhead', () => {
  const text = read('plan-2025-dnr.txt');
  const { plans, warnings } = parsePlanText(text);
  const plan = plans[0]!;

  it('finds one plan and reads the letterhead, author block and addressee', () => {
    assert.equal(plans.length, 1);
    const f = plan.front;
    assert.equal(f.dnr, 'VÄ 2024-118');
    assert.equal(f.pageHeader, 'Sid 1 (12)');
    assert.equal(f.letterDate, '2025-01-15');
    assert.equal(f.author, 'Karin Lindqvist');
    assert.equal(f.phone, '08-555 12 340');
    assert.equal(f.addressee, 'Västra Åsens stadsdelsnämnd');
    assert.equal(f.board, 'Västra Åsens stadsdelsnämnd');
    assert.equal(f.date, '2025-02-12');
    assert.equal(f.year, 2025);
    assert.equal(f.unit, 'Åsens boendestöd');
    assert.equal(f.tableOfContents.length, 10);
  });

  it('builds the goal chain with tables merged over page breaks', () => {
    assert.deepEqual(counts(plan), {
      directions: 2,
      areas: 2,
      board: 2,
      unit: 2,
      indicators: 7,
      activities: 2,
    });
    const area = goalByTitle(plan, 'Stödet ska nå');
    assert.equal(area.number, '1.3');
    assert.equal(area.councilTargetLabel, 'KF:s årsmål år 2025');
    assert.equal(area.indicators.length, 3);
    assert.equal(area.indicators[1]!.targetText, null);
    assert.deepEqual(area.indicators[2]!.councilTarget, { kind: 'text', text: 'Max 9 brukare' });
    assert.equal(area.indicators[0]!.levelSignal, 'council');
  });

  it('strips and flags the § marker and reads percentages without a space', () => {
    const area = goalByTitle(plan, 'Medarbetarna har goda');
    const [ami, sick, fullTime] = area.indicators;
    assert.equal(ami!.name, 'Aktivt Medskapandeindex');
    assert.equal(ami!.paragraphMarked, true);
    assert.equal(sick!.periodicity, 'tertial');
    assert.deepEqual(sick!.target, { kind: 'number', value: 6.5, unit: '%' });
    assert.equal(fullTime!.name, 'Andel heltidstjänster');
    assert.deepEqual(fullTime!.councilTarget, { kind: 'number', value: 90, unit: '%' });
  });

  it('keeps lists as Markdown, strips italics from titles and re-joins split list items', () => {
    const unit = goalByTitle(plan, 'Brukarna är delaktiga');
    assert.equal(unit.title, 'Brukarna är delaktiga i hur stödet utformas');
    assert.deepEqual(unit.sections, ['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning']);
    assert.equal(unit.fieldHeadings[1]!.printed, 'Arbets sätt');
    assert.match(
      unit.fields.expectedResults!,
      /^1\. Alla brukare.*\n2\. Brukarna .* ges och erbjuds tider som passar dem\.$/,
    );
    assert.match(unit.fields.waysOfWorking!, /Boendestödets rutiner\n\nRutinerna finns/);
    const board = goalByTitle(plan, 'Invånare med funktionsnedsättning');
    assert.equal(
      board.fields.expectedResults,
      '- Fler brukare upplever att de kan påverka sitt stöd.\n- Genomförandeplaner finns i alla ärenden.',
    );
  });

  it('flags an activity that starts before the plan year', () => {
    const activity = goalByTitle(plan, 'Invånare med funktionsnedsättning').activities[1]!;
    assert.equal(activity.outsideYear, true);
    assert.ok(warnings.some((w) => w.code === 'activity_outside_year' && w.line === activity.line));
  });

  it('records an empty Utveckling section', () => {
    const unit = goalByTitle(plan, 'Enheten har en god arbetsmiljö');
    assert.ok(unit.sections.includes('Utveckling'));
    assert.equal(unit.fields.development, undefined);
  });

  it('finds Inledning sub-headings, nests those listed earlier and re-joins a split paragraph', () => {
    assert.deepEqual(
      plan.intro.map((s) => [s.depth, s.heading]),
      [
        [1, 'Enhetens uppdrag'],
        [1, 'Utvecklingsområden 2025'],
        [1, 'Verksamhetsbeskrivning'],
        [2, 'Norrgårdens stödteam'],
        [2, 'Södra stödteamet'],
        [2, 'Träffpunkten Ljuset'],
        [1, 'Medarbetarnas delaktighet'],
      ],
    );
    assert.match(plan.intro[1]!.body, /efter sommaren och resultatet presenteras/);
    assert.match(plan.intro[6]!.body, /dessa datum:\n\n- 14 januari, Norrgården\n- 21 januari/);
  });

  it('reads prose budgets and Övrigt sections, including an empty one at the end of the file', () => {
    assert.equal(plan.economy.tables.length, 0);
    assert.match(plan.economy.budgetProse, /18 mnkr/);
    assert.match(plan.economy.resourceUse, /delar lokaler/);
    assert.deepEqual(
      plan.other.map((s) => s.heading),
      ['Agenda 2030', 'Agenda 2030', 'Synpunkter och klagomål', 'Systematiskt kvalitetsarbete'],
    );
    assert.equal(plan.other[3]!.body, '');
    assert.ok(warnings.some((w) => w.code === 'duplicate_heading'));
  });

  it('loses no text', () => {
    assert.deepEqual(findLostLines(text, plan), []);
    assert.deepEqual(plan.unplaced, []);
  });
});

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

describe('parsePlanText on the 2020 layout with labels on their own lines', () => {
  const text = read('plan-2020-split-labels.txt');
  const { plans } = parsePlanText(text);
  const plan = plans[0]!;

  it('starts the plan at the Till block when there is no author', () => {
    assert.equal(plans.length, 1);
    assert.equal(plan.front.author, null);
    assert.equal(plan.front.addressee, 'Beställarenheten för äldre');
    assert.equal(plan.front.unit, 'Beställarenheten för äldre');
    assert.equal(plan.front.unitLine, 'Beställarenheten för äldre');
    assert.equal(plan.front.year, 2020);
  });

  it('joins labels with the goal text printed after a blank line', () => {
    assert.deepEqual(counts(plan), {
      directions: 2,
      areas: 3,
      board: 2,
      unit: 1,
      indicators: 6,
      activities: 4,
    });
    const direction = plan.goals[0]!;
    assert.equal(direction.number, '1');
    assert.equal(direction.title, 'En stad med möjligheter för alla');
    assert.deepEqual(direction.headingLines, ['KF:s inriktningsmål:', '1. En stad med möjligheter för alla']);
    const unit = goalByTitle(plan, 'De äldre får');
    assert.deepEqual(unit.sections, [
      'Förväntat resultat',
      'Arbetssätt',
      'Resursanvändning',
      'Uppföljning',
      'Utveckling',
    ]);
  });

  it('puts a KF-level activity on the KF goal and merges activity tables split by a page break', () => {
    const area = goalByTitle(plan, 'Stöd ges i tid');
    assert.equal(area.number, '1.4');
    assert.equal(area.activities.length, 1);
    assert.equal(goalByTitle(plan, 'Äldre får insatser').activities.length, 3);
  });

  it('re-joins a paragraph split after a dangling word', () => {
    assert.match(
      goalByTitle(plan, 'Invånarna i stadsdelen').fields.description!,
      /aktörer som Jobbcentrum för att/,
    );
  });

  it('types the target formats of the 2020 template', () => {
    const [eco, climate, energy, bought] = goalByTitle(plan, 'En god livsmiljö').indicators;
    assert.deepEqual(eco!.target, { kind: 'number', value: 60, unit: '%' });
    assert.deepEqual(climate!.target, { kind: 'number', value: 1.9, unit: null });
    assert.deepEqual(climate!.councilTarget, {
      kind: 'number',
      value: 1.9,
      unit: 'kg CO ₂ per kg livsmedel',
    });
    assert.equal(energy!.councilTarget?.kind, 'text');
    assert.deepEqual(bought!.councilTarget, { kind: 'number', value: 1945, unit: 'GWh' });
    assert.deepEqual(goalByTitle(plan, 'Alla kan försörja').indicators[0]!.target, {
      kind: 'number',
      value: 120,
      unit: 'st',
    });
  });

  it('reads budget variant A with italic group rows and the budget box', () => {
    const economy = plan.economy;
    assert.equal(economy.heading, 'Uppföljning av ekonomi');
    assert.deepEqual(
      economy.budgetBox.map((b) => [b.label, b.value]),
      [
        ['Budgetår', '2020'],
        ['Enhet', 'Beställarenheten ÄO'],
        ['Enhetschef', 'Eva Holm'],
      ],
    );
    const table = economy.tables[0]!;
    assert.equal(table.unit, 'TKr');
    assert.deepEqual(table.columns, ['Budget']);
    assert.equal(table.signConvention, 'all_positive');
    const byLabel = new Map(table.rows.map((r) => [r.label, r]));
    assert.equal(byLabel.get('Intäkter')!.group, 'heading');
    assert.equal(byLabel.get('Summa intäkter')!.sumOf, 'revenue');
    assert.deepEqual(byLabel.get('Summa netto')!.values, [209300]);
    assert.deepEqual(byLabel.get('Summa netto')!.normalized, [-209300]);
    assert.equal(plan.front.board, 'Stadsdelsförvaltning Västra Åsen');
  });

  it('loses no text', () => {
    assert.deepEqual(findLostLines(text, plan), []);
  });
});

describe('parsePlanText on concatenated and odd input', () => {
  it('splits a plan without an author line from the plan before it', () => {
    const text = `${read('plan-2022-two-plans.txt')}\n\n${read('plan-2020-split-labels.txt')}`;
    const { plans } = parsePlanText(text);
    assert.deepEqual(
      plans.map((p) => p.front.year),
      [2022, 2022, 2020],
    );
    assert.equal(plans[2]!.front.addressee, 'Beställarenheten för äldre');
  });

  it('returns no plans and a warning for text that is not a plan', () => {
    const { plans, warnings } = parsePlanText('Hej!\n\nDetta är en inköpslista.\n- mjölk\n- bröd');
    assert.deepEqual(plans, []);
    assert.equal(warnings[0]!.code, 'no_plan_found');
  });

  it('puts text under a goal without a field heading among unplaced blocks with a warning', () => {
    const text =
      'Verksamhetsplan 2024 för Testenheten\n\nInledning\n\nKF:s inriktningsmål: 1. Ett mål\n\nLös text utan rubrik.\n';
    const { plans, warnings } = parsePlanText(text);
    assert.equal(plans[0]!.unplaced[0]!.text, 'Lös text utan rubrik.');
    assert.equal(plans[0]!.unplaced[0]!.line, 7);
    assert.ok(warnings.some((w) => w.code === 'unplaced_text' && w.line === 7));
  });
});
