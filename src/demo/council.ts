/** The fictional council framework of Sjöviks kommun. Names and numbers are invented. */
export interface DemoIndicator {
  key: string;
  name: string;
  unit: string;
  valueKind: 'percent' | 'number' | 'index' | 'amount';
  direction: 'increase' | 'decrease' | 'none';
  periodicity: 'year' | 'tertial';
  genderSplit?: boolean;
  consolidation: 'sum' | 'mean' | 'weightedMean' | 'none';
  externalId?: string;
  /** Council target per year: a number or a qualitative target. */
  council: Record<number, number | 'increase' | 'set_by_board' | string>;
}

export interface DemoAreaGoal {
  number: string;
  title: string;
  indicators: string[];
}

export interface DemoDirectionGoal {
  number: string;
  title: string;
  areas: DemoAreaGoal[];
}

export const COUNCIL_INDICATORS: DemoIndicator[] = [
  {
    key: 'nojd',
    name: 'Andel brukare som är nöjda med sitt stöd',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    genderSplit: true,
    consolidation: 'weightedMean',
    externalId: 'SJV-101',
    council: { 2025: 85, 2026: 87 },
  },
  {
    key: 'paverka',
    name: 'Andel brukare som kan påverka hur stödet utförs',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    genderSplit: true,
    consolidation: 'weightedMean',
    council: { 2025: 'increase', 2026: 80 },
  },
  {
    key: 'vantetid',
    name: 'Genomsnittlig väntetid till första insats',
    unit: 'dagar',
    valueKind: 'number',
    direction: 'decrease',
    periodicity: 'tertial',
    consolidation: 'mean',
    council: { 2025: 'set_by_board', 2026: 'set_by_board' },
  },
  {
    key: 'kollektiv',
    name: 'Antal personer med funktionsnedsättning i arbete eller praktik',
    unit: 'st',
    valueKind: 'number',
    direction: 'increase',
    periodicity: 'tertial',
    consolidation: 'sum',
    council: { 2025: 'set_by_board', 2026: 'set_by_board' },
  },
  {
    key: 'ekomat',
    name: 'Andel ekologiska livsmedel i kronor',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    consolidation: 'weightedMean',
    externalId: 'SJV-205',
    council: { 2025: 60, 2026: 65 },
  },
  {
    key: 'klimat',
    name: 'Klimatpåverkan från upphandlade livsmedel',
    unit: 'kg CO2 per kg livsmedel',
    valueKind: 'number',
    direction: 'decrease',
    periodicity: 'year',
    consolidation: 'mean',
    council: { 2025: 1.6, 2026: 1.5 },
  },
  {
    key: 'sjuk',
    name: 'Sjukfrånvaro',
    unit: '%',
    valueKind: 'percent',
    direction: 'decrease',
    periodicity: 'tertial',
    genderSplit: true,
    consolidation: 'weightedMean',
    council: { 2025: 'Tas fram av nämnd/styrelse', 2026: 'Tas fram av nämnd/styrelse' },
  },
  {
    key: 'ami',
    name: 'Aktivt medskapandeindex',
    unit: '',
    valueKind: 'index',
    direction: 'increase',
    periodicity: 'year',
    consolidation: 'mean',
    council: { 2025: 82, 2026: 83 },
  },
  {
    key: 'budget',
    name: 'Budgetföljsamhet',
    unit: '%',
    valueKind: 'percent',
    direction: 'none',
    periodicity: 'tertial',
    consolidation: 'weightedMean',
    council: { 2025: 100, 2026: 100 },
  },
];

export const COUNCIL_GOALS: DemoDirectionGoal[] = [
  {
    number: '1',
    title: 'Ett Sjövik som håller samman med en trygg och jämlik välfärd',
    areas: [
      {
        number: '1.1',
        title: 'Sjöviks invånare får stöd och omsorg där behoven är som störst',
        indicators: ['nojd', 'paverka', 'vantetid'],
      },
      {
        number: '1.2',
        title: 'Alla invånare har möjlighet till arbete, sysselsättning och en meningsfull fritid',
        indicators: ['kollektiv'],
      },
      { number: '1.3', title: 'Barn och unga i Sjövik växer upp under trygga förhållanden', indicators: [] },
    ],
  },
  {
    number: '2',
    title: 'Ett hållbart Sjövik som minskar sin klimatpåverkan',
    areas: [
      {
        number: '2.1',
        title: 'Sjövik minskar utsläppen från mat, resor och energi',
        indicators: ['ekomat', 'klimat'],
      },
    ],
  },
  {
    number: '3',
    title: 'Ett Sjövik med stabil ekonomi och attraktiva arbetsplatser',
    areas: [
      {
        number: '3.1',
        title: 'Sjöviks ekonomi är i balans och skattemedlen används effektivt',
        indicators: ['budget'],
      },
      {
        number: '3.2',
        title: 'Medarbetare ges goda förutsättningar att göra ett bra jobb',
        indicators: ['sjuk', 'ami'],
      },
    ],
  },
];

/** In the second year the council renames one goal and adds another, as after a budget revision. */
export function councilGoalsFor(year: number): DemoDirectionGoal[] {
  if (year === 2025) return COUNCIL_GOALS;
  return COUNCIL_GOALS.map((direction) =>
    direction.number !== '2'
      ? direction
      : {
          ...direction,
          areas: [
            ...direction.areas,
            { number: '2.2', title: 'Den biologiska mångfalden i Sjövik ökar', indicators: [] },
          ],
        },
  );
}
