import { type DemoUnit, participation } from './unit-types.ts';

/** The three fictional units of Norrviks stadsdelsnämnd. */
export const NORRVIK_UNITS: DemoUnit[] = [
  {
    key: 'hemtjanst',
    board: 'norrvik',
    name: 'Norrviks hemtjänst',
    author: 'Karin Lindqvist',
    phone: '08-555 120 40',
    intro: [
      [
        'Enhetens uppdrag',
        'Norrviks hemtjänst ger service och omsorg till cirka 420 personer i eget boende. Insatserna beviljas av biståndshandläggare och utförs dygnet runt.',
      ],
      [
        'Utvecklingsområden',
        '- Fasta omsorgsteam i hela stadsdelen\n- Digital planering av besök\n- Ett stärkt anhörigstöd',
      ],
      [
        'Organisationsbeskrivning',
        'Enheten leds av en enhetschef och fyra biträdande enhetschefer. Verksamheten är organiserad i sex geografiska team med sammanlagt 140 medarbetare.',
      ],
      ['Medarbetarnas delaktighet', participation],
    ],
    goals: [
      {
        boardGoal: 'n-stod',
        title: 'Omsorgstagarna möter få och kända medarbetare',
        expectedResults:
          '1. Varje omsorgstagare har en utsedd kontaktperson\n2. Antalet olika medarbetare per omsorgstagare minskar',
        waysOfWorking:
          'Vi planerar besöken i fasta team och låter kontaktpersonen göra genomförandeplanen tillsammans med omsorgstagaren.\n\n- Veckovis teamträff om planeringen\n- Kontaktpersonen följer upp genomförandeplanen var sjätte månad',
        resources:
          'Planeringen görs inom befintlig bemanning. Två planerare arbetar heltid med schemaläggning.',
        followUp:
          'Kontinuiteten mäts varje månad och redovisas i tertialrapporterna och verksamhetsberättelsen.',
        development: 'Under året prövar vi digital nyckelhantering i två team.',
        indicators: ['nojd', 'paverka'],
      },
      {
        boardGoal: 'n-klimat',
        title: 'Hemtjänsten minskar sina utsläpp från resor',
        expectedResults: '- Fler besök görs med elcykel\n- Bilparken består av elbilar',
        waysOfWorking: 'Teamen planerar rutterna så att besök i samma område samlas.',
        resources: 'Elcyklar leasas inom befintlig budget.',
        followUp: 'Körsträckor och antal cykelbesök följs upp per tertial.',
        development: 'Laddplatser vid enhetens lokaler utreds tillsammans med fastighetsägaren.',
      },
      {
        boardGoal: 'n-medarbetare',
        title: 'Medarbetarna har en hälsosam arbetsmiljö',
        expectedResults:
          '- Sjukfrånvaron är lägre än föregående år\n- Alla medarbetare har haft medarbetarsamtal',
        waysOfWorking:
          'Cheferna följer korttidsfrånvaron månadsvis och erbjuder tidiga samtal. Företagshälsovården anlitas vid behov.',
        resources: 'Friskvårdsbidrag och handledning ingår i budgeten.',
        followUp: 'Sjukfrånvaron följs upp varje månad i ledningsgruppen.',
        development: 'Vi inför schemaönskemål i det digitala schemasystemet.',
      },
    ],
    targets: {
      nojd: 88,
      paverka: 82,
      sjuk: 7.5,
      ami: 80,
      maltid: 100,
      rekommendera: 75,
      ledarskap: 78,
      ekomat: 60,
      klimat: 1.6,
    },
    economy:
      'Enheten är intäktsfinansierad genom ersättning per utförd timme. Budgeten följs upp månadsvis tillsammans med controller.',
    budget: [
      {
        title: 'Norrviks hemtjänst',
        layout: 'simple',
        rows: [
          ['Intäkter', 'revenue', 98_400],
          ['Löner', 'cost', 86_200],
          ['Övriga kostnader', 'cost', 12_200],
        ],
      },
    ],
    other: [
      [
        'Systematiskt kvalitetsarbete',
        'Avvikelser och synpunkter gås igenom på varje arbetsplatsträff. Egenkontroller görs två gånger per år.',
      ],
      [
        'Agenda 2030',
        'Enheten bidrar särskilt till mål 3 (hälsa och välbefinnande) och mål 5 (jämställdhet).',
      ],
    ],
  },
  {
    key: 'daglig',
    board: 'norrvik',
    name: 'Enheten för daglig verksamhet',
    author: 'Ahmed Yusuf',
    phone: '08-555 121 00',
    intro: [
      [
        'Enhetens uppdrag',
        'Enheten bedriver daglig verksamhet enligt LSS för 95 deltagare i sex verksamheter: café, trädgård, snickeri, kreativ verkstad, tvätteri och en praktikgrupp.',
      ],
      [
        'Verksamhetsidé',
        'Varje deltagare ska få utvecklas utifrån sina förutsättningar och ha inflytande över sin vardag.',
      ],
      ['Organisationsbeskrivning', 'Enhetschef, två samordnare och 38 handledare.'],
      ['Medarbetarnas delaktighet', participation],
    ],
    goals: [
      {
        boardGoal: 'n-arbete',
        title: 'Fler deltagare prövar arbete på den öppna arbetsmarknaden',
        expectedResults:
          '- Minst tolv deltagare har praktik utanför verksamheten\n- Två deltagare har fått anställning med stöd',
        waysOfWorking:
          'En arbetskonsulent kartlägger deltagarnas önskemål och matchar dem mot lokala arbetsgivare. Handledarna följer med ut under den första tiden.',
        resources: 'Arbetskonsulenten finansieras inom ramen för deltagarersättningen.',
        followUp: 'Antalet praktikplatser följs upp i tertialrapporterna och verksamhetsberättelsen.',
        development: 'Vi bygger upp ett nätverk av arbetsgivare i stadsdelen.',
        indicators: ['kollektiv'],
      },
      {
        boardGoal: 'n-stod',
        title: 'Deltagarna har inflytande över sin dagliga verksamhet',
        expectedResults: '- Alla deltagare har en aktuell genomförandeplan\n- Deltagarråd hålls varje månad',
        waysOfWorking:
          'Genomförandeplanerna görs med bildstöd. Deltagarrådet väljer själv vilka frågor som tas upp.',
        resources: 'Bildstöd tas fram av enhetens kommunikationsombud.',
        followUp: 'Deltagarenkät varje höst.',
        development: 'Vi provar digitala verktyg för alternativ kommunikation.',
        activities: [
          { title: 'Utbilda kommunikationsombud i alla verksamheter', start: '-02-01', end: '-05-31' },
        ],
      },
      {
        boardGoal: 'n-klimat',
        title: 'Caféet och köket serverar klimatsmart mat',
        expectedResults: '- Två vegetariska dagar i veckan\n- Matsvinnet vägs och minskar',
        waysOfWorking: 'Deltagarna i caféet planerar menyn tillsammans med kocken.',
        resources: 'Inom befintlig budget.',
        followUp: 'Matsvinnet vägs varje vecka.',
        development: 'Odlingen i trädgårdsverksamheten levererar grönsaker till caféet.',
      },
    ],
    targets: { kollektiv: 12, nojd: 90, paverka: 85, sjuk: 6, ami: 83, ekomat: 70, klimat: 1.4, maltid: 100 },
    economy: 'Budgeten bygger på ersättningsnivåerna för deltagarna. Omslutningen är cirka 40 mnkr.',
    budget: [
      {
        title: 'Enheten för daglig verksamhet',
        layout: 'category',
        rows: [
          ['Ersättning för deltagare', 'revenue', 38_200],
          ['Försäljning café', 'revenue', 900],
          ['Bidrag', 'revenue', 400],
          ['Personalkostnader', 'cost', 31_500],
          ['Lokalkostnader', 'cost', 5_600],
          ['Övriga kostnader', 'cost', 2_400],
        ],
      },
    ],
    other: [
      [
        'Kvalitet',
        'Enheten arbetar med stadens kvalitetsprogram och gör egenkontroller av hygien och brandskydd.',
      ],
    ],
  },
  {
    key: 'psykiatri',
    board: 'norrvik',
    name: 'Socialpsykiatriska enheten',
    author: 'Maria Ek',
    phone: '08-555 122 30',
    intro: [
      [
        'Enhetens uppdrag',
        'Enheten ger boendestöd och sysselsättning till vuxna med psykisk funktionsnedsättning.',
      ],
      ['Utvecklingsområden', '- Återhämtningsinriktat arbetssätt\n- Samordnade individuella planer (SIP)'],
      ['Organisationsbeskrivning', 'Enheten har 24 medarbetare i två boendestödsteam och en träfflokal.'],
    ],
    goals: [
      {
        boardGoal: 'n-stod',
        title: 'Brukarna upplever en förbättrad livssituation',
        expectedResults: '- Fler brukare har en SIP\n- Brukarna deltar i planeringen av sitt stöd',
        waysOfWorking:
          'Vi använder en återhämtningsguide i samtalen och erbjuder SIP när flera huvudmän är inblandade.',
        resources: 'Två medarbetare går utbildning i återhämtningsguiden.',
        followUp: 'Antalet SIP följs upp per tertial.',
        development: 'Vi utvecklar kamratstöd tillsammans med brukarorganisationer.',
        indicators: ['nojd'],
      },
      {
        boardGoal: 'n-medarbetare',
        title: 'Medarbetarna har goda förutsättningar i sitt arbete',
        expectedResults:
          '- Handledning erbjuds alla medarbetare\n- Introduktionen av nyanställda är strukturerad',
        waysOfWorking:
          'Extern handledning en gång i månaden. Nyanställda har en mentor de första tre månaderna.',
        resources: 'Handledning ingår i budgeten.',
        followUp: 'Medarbetarenkäten.',
        development: 'Vi tar fram en gemensam introduktionspärm.',
      },
    ],
    targets: { nojd: 80, sjuk: 5, ami: 81, rekommendera: 80, ledarskap: 82 },
    economy: 'Enheten är anslagsfinansierad.',
    budget: [
      {
        title: 'Boendestöd',
        layout: 'per_activity',
        rows: [
          ['Intäkter', 'revenue', 300, 300],
          ['Kostnader', 'cost', 14_800, 14_950],
        ],
      },
      {
        title: 'Träfflokalen',
        layout: 'per_activity',
        rows: [
          ['Intäkter', 'revenue', 0, 0],
          ['Kostnader', 'cost', 2_100, 2_050],
        ],
      },
    ],
    other: [['Synpunkter och klagomål', 'Synpunkter registreras och besvaras inom två veckor.']],
  },
];
