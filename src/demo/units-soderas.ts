import type { DemoUnit } from './unit-types.ts';

/** The three fictional units of Söderåsens stadsdelsnämnd. */
export const SODERAS_UNITS: DemoUnit[] = [
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
