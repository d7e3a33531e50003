/** Six fictional units with complete plans. Budget layouts follow seed-spec §6 (A category, B simple, C per verksamhet). */
export interface DemoUnitGoal {
  boardGoal: string;
  title: string;
  expectedResults: string;
  waysOfWorking: string;
  resources: string;
  followUp: string;
  development: string;
  indicators?: string[];
  activities?: Array<{ title: string; start: string; end: string }>;
}

export interface DemoBudgetTable {
  title: string;
  layout: 'category' | 'simple' | 'per_activity';
  rows: Array<[label: string, group: 'revenue' | 'cost', budget: number, forecast?: number]>;
}

export interface DemoUnit {
  key: string;
  board: string;
  name: string;
  author: string;
  phone: string;
  intro: Array<[heading: string, body: string]>;
  goals: DemoUnitGoal[];
  targets: Record<string, number | string>;
  economy: string;
  budget: DemoBudgetTable[];
  other: Array<[heading: string, body: string]>;
}

const participation =
  'Verksamhetsplanen har tagits fram tillsammans med medarbetarna på arbetsplatsträffar under hösten. Planen behandlas på arbetsplatsträff i februari, juni och oktober.';

export const UNITS: DemoUnit[] = [
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
  {
    key: 'familj',
    board: 'soderas',
    name: 'Familjeenheten',
    author: 'Johan Berg',
    phone: '08-555 230 10',
    intro: [
      [
        'Enhetens uppdrag',
        'Familjeenheten utreder och beslutar om insatser för barn, unga och familjer enligt socialtjänstlagen och LVU.',
      ],
      ['Utvecklingsområden', '- Kortare utredningstider\n- Barnets delaktighet i utredningen'],
      ['Organisationsbeskrivning', 'Enheten har tre grupper: mottagning, utredning och familjehem.'],
      ['Ledarskapsidé', 'Vi leder genom tillit, tydlighet och närvaro.'],
    ],
    goals: [
      {
        boardGoal: 's-barn',
        title: 'Barn och familjer får rätt stöd utan dröjsmål',
        expectedResults:
          '- Utredningar blir klara inom fyra månader\n- Barnet har fått komma till tals i alla utredningar',
        waysOfWorking:
          'Mottagningsgruppen gör en skyddsbedömning samma dag som en anmälan kommer in. Utredningarna följs upp vid veckomöten.',
        resources: 'En extra socialsekreterare tillsätts under första halvåret.',
        followUp: 'Utredningstiderna följs upp varje månad och redovisas i tertialrapporterna.',
        development: 'Vi inför en gemensam mall för barnsamtal.',
        indicators: ['vantetid'],
        activities: [{ title: 'Brukarundersökning bland familjer', start: '-09-01', end: '-10-31' }],
      },
      {
        boardGoal: 's-medarbetare',
        title: 'Medarbetarna stannar och utvecklas hos oss',
        expectedResults: '- Personalomsättningen är under 15 %\n- Alla har en individuell kompetensplan',
        waysOfWorking:
          'Erfarna socialsekreterare är mentorer. Vi har gemensamma ärendedragningar varje vecka.',
        resources: 'Kompetensutveckling om 10 000 kr per medarbetare.',
        followUp: 'Personalomsättningen följs upp per tertial.',
        development: 'Vi utvecklar karriärvägar för specialistsocialsekreterare.',
      },
    ],
    targets: { vantetid: 14, sjuk: 5.5, ami: 80, rekommendera: 70, ledarskap: 80 },
    economy: 'Enheten har en budget i balans. Kostnaderna för placeringar följs upp månadsvis.',
    budget: [
      {
        title: 'Barn och unga',
        layout: 'per_activity',
        rows: [
          ['Intäkter', 'revenue', 1_400, 1_400],
          ['Kostnader', 'cost', 9_500, 9_500],
        ],
      },
      {
        title: 'Familjehem',
        layout: 'per_activity',
        rows: [
          ['Intäkter', 'revenue', 0, 0],
          ['Kostnader', 'cost', 12_300, 12_800],
        ],
      },
    ],
    other: [['Kvalitet', 'Enheten följer upp ärendehandläggningen genom aktgranskning två gånger per år.']],
  },
  {
    key: 'bistand',
    board: 'soderas',
    name: 'Enheten för ekonomiskt bistånd',
    author: 'Leila Haddad',
    phone: '08-555 231 20',
    intro: [
      ['Enhetens uppdrag', 'Enheten handlägger ekonomiskt bistånd och ger stöd mot arbete och studier.'],
      ['Utvecklingsområden', '- Digital ansökan\n- Fler i arbete eller studier'],
      ['Organisationsbeskrivning', 'Enheten har 30 socialsekreterare i fyra grupper.'],
      ['Ledarskapsidé', 'Cheferna är nära verksamheten och fattar beslut tillsammans med medarbetarna.'],
    ],
    goals: [
      {
        boardGoal: 's-egen',
        title: 'Fler hushåll blir självförsörjande',
        expectedResults:
          '- Hälften av de arbetslösa biståndsmottagarna har en planering mot arbete\n- Långvarigt bistånd minskar',
        waysOfWorking: 'Varje hushåll har en planering som görs tillsammans med arbetsmarknadsförvaltningen.',
        resources: 'Två arbetsmarknadscoacher finansieras av nämnden.',
        followUp: 'Antalet hushåll som lämnat biståndet följs upp per tertial.',
        development: 'Vi inför digital ansökan under hösten.',
      },
      {
        boardGoal: 's-medarbetare',
        title: 'Ett gott arbetsklimat med delaktiga medarbetare',
        expectedResults: '- Aktivt medskapandeindex ökar',
        waysOfWorking: 'Arbetsplatsträffar varannan vecka och gemensamma utvecklingsdagar två gånger per år.',
        resources: 'Inom befintlig budget.',
        followUp: 'Medarbetarenkäten.',
        development: 'Vi inför en gemensam introduktion för nyanställda.',
      },
    ],
    targets: { sjuk: 6.5, ami: 79, rekommendera: 72, ledarskap: 77 },
    economy: 'Kostnaden för ekonomiskt bistånd följs upp varje vecka.',
    budget: [
      {
        title: 'Ekonomiskt bistånd',
        layout: 'category',
        rows: [
          ['Statsbidrag', 'revenue', 2_500],
          ['Övriga intäkter', 'revenue', 200],
          ['Försörjningsstöd', 'cost', 61_000],
          ['Personalkostnader', 'cost', 21_400],
          ['Lokalkostnader', 'cost', 2_900],
        ],
      },
    ],
    other: [['Synpunkter och klagomål', 'Klagomål besvaras inom en vecka och sammanställs varje tertial.']],
  },
  {
    key: 'fritid',
    board: 'soderas',
    name: 'Fritidsgården Kompassen',
    author: 'Sara Nilsson',
    phone: '08-555 232 50',
    intro: [
      [
        'Enhetens uppdrag',
        'Fritidsgården Kompassen erbjuder en trygg mötesplats för unga 13–17 år fem kvällar i veckan.',
      ],
      ['Utvecklingsområden', '- Fler flickor ska besöka gården\n- Unga planerar verksamheten'],
      ['Organisationsbeskrivning', 'Gården har åtta fritidsledare och en föreståndare.'],
    ],
    goals: [
      {
        boardGoal: 's-fritid',
        title: 'Fler flickor och pojkar hittar till Kompassen',
        expectedResults: '- Flickor står för minst 40 % av besöken\n- Ett ungdomsråd är i gång',
        waysOfWorking: 'Tjejkvällar varje tisdag. Ungdomsrådet planerar lovaktiviteterna.',
        resources: 'Lovaktiviteterna finansieras av statsbidrag.',
        followUp: 'Besöken räknas varje kväll, uppdelat på flickor och pojkar.',
        development: 'Vi samarbetar med skolorna om läxhjälp.',
        indicators: ['besok'],
      },
      {
        boardGoal: 's-barn',
        title: 'Unga som far illa fångas upp tidigt',
        expectedResults: '- Alla fritidsledare känner till rutinen för orosanmälan',
        waysOfWorking: 'Fältassistenter och fritidsledare har gemensamma genomgångar varje vecka.',
        resources: 'Inom befintlig budget.',
        followUp: 'Antalet orosanmälningar följs upp per tertial.',
        development: 'Vi utbildar all personal i samtal med unga om våld.',
      },
    ],
    targets: { besok: 6500, sjuk: 4, ami: 84, rekommendera: 85, ledarskap: 84 },
    economy: 'Gården är anslagsfinansierad med tillskott av statsbidrag för lovaktiviteter.',
    budget: [
      {
        title: 'Fritidsgården',
        layout: 'per_activity',
        rows: [
          ['Intäkter', 'revenue', 350, 350],
          ['Kostnader', 'cost', 5_200, 5_200],
        ],
      },
    ],
    other: [['Trygghet', 'Unga tillfrågas varje år om hur trygga de känner sig på gården.']],
  },
];
