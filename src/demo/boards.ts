import type { DemoIndicator } from './council.ts';

export interface DemoBoardGoal {
  key: string;
  area: string;
  number?: string;
  title: string;
  description: string;
  expectedResults: string;
  indicators?: string[];
  activities?: Array<{ title: string; start: string; end: string; units: string[] }>;
}

export interface DemoBoard {
  key: string;
  name: string;
  goals: DemoBoardGoal[];
}

export const BOARD_INDICATORS: DemoIndicator[] = [
  {
    key: 'maltid',
    name: 'Andel verksamheter med utsett måltidsombud',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    consolidation: 'mean',
    council: {},
  },
  {
    key: 'rekommendera',
    name: 'Andel medarbetare som kan rekommendera sin arbetsplats',
    unit: '%',
    valueKind: 'percent',
    direction: 'increase',
    periodicity: 'year',
    genderSplit: true,
    consolidation: 'weightedMean',
    council: {},
  },
  {
    key: 'ledarskap',
    name: 'Ledarskapsindex',
    unit: '',
    valueKind: 'index',
    direction: 'increase',
    periodicity: 'year',
    consolidation: 'mean',
    council: {},
  },
  {
    key: 'besok',
    name: 'Antal besök av unga på fritidsgården',
    unit: 'st',
    valueKind: 'number',
    direction: 'increase',
    periodicity: 'tertial',
    genderSplit: true,
    consolidation: 'sum',
    council: {},
  },
];

export const BOARDS: DemoBoard[] = [
  {
    key: 'norrvik',
    name: 'Norrviks stadsdelsnämnd',
    goals: [
      {
        key: 'n-stod',
        area: '1.1',
        title: 'Äldre och personer med funktionsnedsättning får ett tryggt stöd av hög kvalitet',
        description:
          'Stadsdelsnämnden ger stöd som utgår från den enskildes behov och önskemål. Insatserna ska vara samordnade, rättssäkra och präglas av respekt för den enskildes integritet.',
        expectedResults:
          '- Brukarna upplever att de kan påverka hur stödet utförs\n- Kontinuiteten i hemtjänsten ökar\n- Kvinnor och män har likvärdigt stöd',
        indicators: ['maltid'],
        activities: [
          {
            title: 'Stadsdelsnämnden ska införa fasta omsorgsteam i hela hemtjänsten.',
            start: '-01-01',
            end: '-12-31',
            units: ['hemtjanst'],
          },
          {
            title: 'Stadsdelsnämnden ska utveckla stödet till anhöriga.',
            start: '-01-01',
            end: '-12-31',
            units: ['hemtjanst', 'psykiatri'],
          },
        ],
      },
      {
        key: 'n-arbete',
        area: '1.2',
        title: 'Fler personer med funktionsnedsättning kommer ut i arbete eller praktik',
        description: 'Daglig verksamhet ska vara ett steg mot arbete för den som vill och kan.',
        expectedResults:
          '- Fler deltagare har praktik på den öppna arbetsmarknaden\n- Samverkan med arbetsmarknadsförvaltningen är etablerad',
        activities: [
          {
            title: 'Stadsdelsnämnden ska skapa fler praktikplatser i samarbete med det lokala näringslivet.',
            start: '-01-01',
            end: '-12-31',
            units: ['daglig'],
          },
        ],
      },
      {
        key: 'n-klimat',
        area: '2.1',
        title: 'Nämndens verksamheter är klimatsmarta',
        description: 'Måltider, resor och inköp ska ha så liten klimatpåverkan som möjligt.',
        expectedResults: '- Andelen vegetariska måltider ökar\n- Matsvinnet minskar',
        activities: [
          {
            title: 'Samtliga chefer utbildas i stadens miljöprogram.',
            start: '-01-01',
            end: '-06-30',
            units: ['hemtjanst', 'daglig', 'psykiatri'],
          },
        ],
      },
      {
        key: 'n-medarbetare',
        area: '3.2',
        title: 'Kompetenta ledare och medarbetare skapar tillsammans en hälsosam arbetsmiljö',
        description: 'Nämnden är en attraktiv arbetsgivare med låg sjukfrånvaro och ett tydligt ledarskap.',
        expectedResults:
          '- Sjukfrånvaron minskar\n- Medarbetarna känner sig delaktiga i verksamhetens utveckling',
        indicators: ['rekommendera', 'ledarskap'],
        activities: [
          {
            title: 'Stadsdelsnämnden ska arbeta aktivt med utveckling av medarbetarskap.',
            start: '-01-01',
            end: '-12-31',
            units: ['hemtjanst', 'daglig', 'psykiatri'],
          },
        ],
      },
      {
        key: 'n-ekonomi',
        area: '3.1',
        title: 'Nämndens verksamheter bedrivs inom given budgetram',
        description: 'Ekonomin följs upp varje månad på enhets-, avdelnings- och nämndnivå.',
        expectedResults: '- Prognoserna är säkra\n- Avvikelser upptäcks tidigt och åtgärdas',
      },
    ],
  },
  {
    key: 'soderas',
    name: 'Söderåsens stadsdelsnämnd',
    goals: [
      {
        key: 's-barn',
        area: '1.3',
        number: '1.3.1',
        title: 'Barn och unga i behov av stöd får rätt insats i tid',
        description:
          'Socialtjänsten arbetar förebyggande och samordnat med skola, förskola och hälso- och sjukvård.',
        expectedResults:
          '- Utredningstiderna hålls\n- Barnets röst hörs i varje utredning\n- Fler familjer får stöd tidigt',
        indicators: [],
        activities: [
          {
            title: 'Implementera arbetssätt för att tidigt upptäcka hedersrelaterat våld.',
            start: '-01-01',
            end: '-12-31',
            units: ['familj', 'fritid'],
          },
          {
            title: 'Fördjupa samverkan med skolorna i stadsdelen.',
            start: '-02-01',
            end: '-11-30',
            units: ['familj'],
          },
        ],
      },
      {
        key: 's-egen',
        area: '1.2',
        number: '1.2.1',
        title: 'Fler invånare blir självförsörjande',
        description: 'Ekonomiskt bistånd kombineras med aktiva insatser mot arbete och studier.',
        expectedResults:
          '- Fler hushåll lämnar ekonomiskt bistånd för arbete eller studier\n- Långvarigt biståndsmottagande minskar',
        activities: [
          {
            title: 'Införa gemensamma planeringssamtal med arbetsmarknadsförvaltningen.',
            start: '-01-01',
            end: '-12-31',
            units: ['bistand'],
          },
        ],
      },
      {
        key: 's-fritid',
        area: '1.3',
        number: '1.3.2',
        title: 'Unga har tillgång till en trygg och meningsfull fritid',
        description: 'Fritidsverksamheten når både flickor och pojkar och utformas tillsammans med de unga.',
        expectedResults: '- Fler flickor besöker fritidsgården\n- Unga upplever fritidsgården som trygg',
        indicators: ['besok'],
      },
      {
        key: 's-medarbetare',
        area: '3.2',
        number: '3.2.1',
        title: 'Medskapande och gott ledarskap präglar arbetsklimatet',
        description: 'Chefer och medarbetare utvecklar verksamheten tillsammans.',
        expectedResults: '- Aktivt medskapandeindex ökar\n- Personalomsättningen minskar',
        indicators: ['rekommendera', 'ledarskap'],
        activities: [
          {
            title: 'Socialtjänstavdelningen arbetar med aktivt medarbetarskap.',
            start: '-01-01',
            end: '-12-31',
            units: ['familj', 'bistand', 'fritid'],
          },
        ],
      },
    ],
  },
];
