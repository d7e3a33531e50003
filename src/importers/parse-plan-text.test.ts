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

  it('starts a following plan at its Dnr letterhead, not at its author line', () => {
    const first = read('plan-2020-split-labels.txt');
    const text = `${first}\n\n${read('plan-2025-dnr.txt')}`;
    const { plans } = parsePlanText(text);
    assert.equal(plans.length, 2);
    const dnrLine = text.split('\n').findIndex((l) => l.startsWith('Dnr:')) + 1;
    assert.equal(plans[1]!.startLine, dnrLine);
    assert.equal(plans[1]!.front.dnr, 'VÄ 2024-118');
    assert.equal(plans[0]!.other.length + plans[0]!.otherPreamble.length > 0, true);
    assert.deepEqual(findLostLines(text, plans[1]!), []);
  });

  it('reads the text after the TOC as the introduction when "Inledning" is missing', () => {
    const text =
      'Verksamhetsplan 2024 för Testenheten\n\nInnehållsförteckning\n\nEnhetens uppdrag\t3\n\n' +
      'Enhetens uppdrag\n\nVi ger stöd till äldre.\n\nKF:s inriktningsmål: 1. Ett mål\n';
    const { plans, warnings } = parsePlanText(text);
    assert.deepEqual(
      plans[0]!.intro.map((s) => [s.heading, s.body]),
      [['Enhetens uppdrag', 'Vi ger stöd till äldre.']],
    );
    assert.ok(warnings.some((w) => w.code === 'intro_heading_missing'));
  });

  it('joins an addressee split over a blank line and reads a phone printed after it', () => {
    const text =
      'Wandläggare\nEva Ek\n\nTill\n\nEnheten för stöd och\n\nservice\n\nTelefon: 08-1\n\n' +
      'erksamhetsplan 2022 för Enheten för stöd och service\n\nInnehållsförteckning\n\nInledning\n';
    const front = parsePlanText(text).plans[0]!.front;
    assert.equal(front.addressee, 'Enheten för stöd och service');
    assert.equal(front.phone, '08-1');
    assert.equal(front.authorLabel, 'Wandläggare');
    assert.equal(front.unit, 'Enheten för stöd och service');
  });

  it('leaves a repeated front-matter value unplaced instead of overwriting the first', () => {
    const text =
      'Handläggare\nEva Ek\nTelefon: 1\nTelefon: 2\n\nTill\nNämnden\n2024-01-01\n2024-02-02\n\nVerksamhetsplan 2024\n\nEnheten\n\nInledning\n';
    const plan = parsePlanText(text).plans[0]!;
    assert.equal(plan.front.phone, '1');
    assert.equal(plan.front.date, '2024-01-01');
    assert.deepEqual(
      plan.unplaced.map((u) => u.text),
      ['Telefon: 2', '2024-02-02'],
    );
  });

  it('finds the economy section by its budget heading when "Redovisning av ekonomi" is missing', () => {
    const text =
      'Verksamhetsplan 2024 för Enheten\n\nInledning\n\nEnhetsmål: Ett mål\n\nUppföljning\n\nI T2.\n\n' +
      'Resursanvändning\n\nPersonal.\n\nBudget 2024\n\nIntäkter\t100\nKostnader\t-100\nNetto\t0\n';
    const { plans, warnings } = parsePlanText(text);
    const plan = plans[0]!;
    assert.equal(plan.goals[0]!.fields.followUp, 'I T2.');
    assert.equal(plan.goals[0]!.fields.resources, undefined);
    assert.equal(plan.economy.resourceUse, 'Personal.');
    assert.equal(plan.economy.tables[0]!.signConvention, 'cost_negative');
    assert.ok(warnings.some((w) => w.code === 'economy_heading_missing'));
  });

  it('warns about template guidance and author notes left in the text', () => {
    const text =
      'Verksamhetsplan 2024 för Enheten\n\nInledning\n\nHär ska du lägga in din budget.\n\n' +
      'Brukarna är nöjda (titta på en fråga i enkäten).\n';
    const lines = parsePlanText(text)
      .warnings.filter((w) => w.code === 'template_guidance')
      .map((w) => w.line);
    assert.deepEqual(lines, [5, 7]);
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
