import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { countExpectedResults, toImportJson } from './import-json.ts';
import { parsePlanText } from './parse-plan-text.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'import');
const parse = (name: string) => parsePlanText(readFileSync(join(fixtures, name), 'utf8'));

describe('toImportJson', () => {
  it('produces the verification contract for a plan', () => {
    const json = toImportJson(parse('plan-2022-two-plans.txt'));
    const unit = (title: string, sections: string[], activities: unknown[] = []) => ({
      level: 'unit',
      number: null,
      title,
      sections,
      indicators: [],
      activities,
      children: [],
    });
    const money = (title: string, income: number, cost: number) => ({
      title,
      columns: ['Budget VP', 'Prognos', 'Avvikelse'],
      rows: [
        { label: 'Intäkter', values: [income, income, 0] },
        { label: 'Kostnader', values: [cost, cost, 0] },
        { label: 'Netto (tkr)', values: [income + cost, income + cost, 0] },
      ],
    });
    assert.deepEqual(json.plans[1], {
      unit: 'Enheten för stöd till barn och familjer',
      board: null,
      year: 2022,
      author: 'Lisa Berg',
      addressee: 'Enheten för stöd till barn och familjer',
      date: null,
      dnr: null,
      introHeadings: ['Enhetens uppdrag', 'Inledning'],
      goals: [
        {
          level: 'city_direction',
          number: '3',
          title: 'En ekonomiskt stark stad',
          indicators: [],
          activities: [],
          children: [
            {
              level: 'city_area',
              number: '3.1',
              title: 'Budgeten är i balans',
              indicators: [],
              activities: [],
              children: [
                {
                  level: 'board',
                  number: '3.1.1',
                  title: 'Nämndens ekonomi är långsiktigt hållbar',
                  hasDescription: false,
                  expectedResultsCount: 1,
                  indicators: [],
                  activities: [],
                  children: [
                    unit(
                      'Enhetens ekonomi är i balans',
                      ['Förväntat resultat', 'Arbetssätt'],
                      [
                        {
                          title: 'Revidera rutinen för placeringsuppföljning',
                          start: '2021-01-22',
                          end: '2022-04-30',
                        },
                      ],
                    ),
                    unit('Placerade barn har en stabil skolgång', ['Förväntat resultat', 'Arbetssätt']),
                  ],
                },
              ],
            },
          ],
        },
      ],
      budgetTables: [money('Barn och unga (myndighet)', 600, -14200), money('Familjerätt', 0, -2100)],
      otherHeadings: ['Kvalitet'],
    });
    assert.ok(json.warnings.some((w) => w.planIndex === 1 && w.code === 'title_first_letter_lost'));
  });

  it('prints targets as in the source and marks gender and § only when present', () => {
    const json = toImportJson(parse('plan-2022-two-plans.txt'));
    const area = json.plans[0]!.goals[0]!.children[0]!;
    assert.deepEqual(area.indicators[0], {
      name: 'Andel deltagare som är nöjda med sin dagliga verksamhet',
      target: '90 %',
      councilTarget: '85 %',
      periodicity: 'År',
    });
    assert.equal(area.indicators[1]!.genderMarked, true);
    const ami = toImportJson(parse('plan-2025-dnr.txt')).plans[0]!.goals[1]!.children[0]!.indicators[0]!;
    assert.deepEqual(ami, {
      name: 'Aktivt Medskapandeindex',
      target: '80',
      councilTarget: '83',
      periodicity: 'År',
      paragraphMarked: true,
    });
  });

  it('counts expected results as list items or as paragraphs', () => {
    assert.equal(countExpectedResults('- a\n- b\n  - nested\n- c'), 3);
    assert.equal(countExpectedResults('Ett.\n\nTvå.'), 2);
    assert.equal(countExpectedResults(undefined), 0);
  });
});
