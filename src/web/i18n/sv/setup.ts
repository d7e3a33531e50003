export default {
  title: 'Kom igång med din kommun',
  intro:
    'Lägg upp kommunen, dess logotyp för brevhuvudet och det första planeringsåret. Sedan bygger du organisationen eller importerar befintliga planer.',
  demo: {
    heading: 'Du tittar på demokommunen {{name}}',
    body: 'Demokommunen visar hur Målkedja fungerar. När du börjar med din egen kommun tas demokommunens organisationer, mål, indikatorer, aktiviteter och planer bort. Det du själv har lagt till finns kvar.',
    start: 'Börja med egen kommun',
    confirm: 'Jag förstår att demokommunens data tas bort och inte kan återställas',
    remove: 'Ta bort demodata',
    removed:
      'Demodata är borttagna ({{organisations}} organisationer, {{goals}} mål, {{plans}} planer). Fyll i din kommun nedan.',
    cancel: 'Avbryt',
  },
  form: {
    name: 'Kommunens namn',
    nameHint: 'Som det ska stå i dokumenten, till exempel "Ekby kommun".',
    logo: 'Logotyp för brevhuvudet (valfri)',
    logoHint: 'PNG eller SVG, högst 2 MB. Visas i sidhuvudet på varje PDF- och Word-dokument.',
    firstYear: 'Första planeringsår',
    firstYearHint: 'Året som de första verksamhetsplanerna gäller.',
    submit: 'Lägg upp kommunen',
    saving: 'Sparar …',
    logoTooLarge: 'Logotypen är större än 2 MB. Spara den i mindre storlek och välj den igen.',
  },
  done: {
    heading: '{{name}} är upplagd',
    logoSaved: 'Logotypen är sparad och används i dokumenten.',
    noLogo: 'Ingen logotyp är uppladdad.',
    replaceLogo: 'Byt logotyp',
    uploadLogo: 'Ladda upp logotyp',
    next: 'Nästa steg',
    organisations: 'Bygg organisationen: nämnder, förvaltningar och enheter',
    importPlans: 'Importera befintliga planer (Word eller PDF)',
    openYear: 'Öppna planeringsåret {{year}}',
  },
};
