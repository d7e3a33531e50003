export default {
  heading: 'Jämför med förra året',
  title: '{{name}}: {{year}} bredvid året innan',
  link: 'Jämför med {{previous}}',
  intro:
    'Verksamhetsplanen för {{previous}} bredvid den för {{year}}: mål (följda genom överföringen), årsmål, avsnitt och texter.',
  noPrevious: 'Det finns ingen verksamhetsplan för {{previous}}; allt i planen är nytt.',
  openPlan: 'Öppna verksamhetsplanen {{year}}',
  onlyChanges: 'Visa bara det som skiljer sig',
  parts: { goals: 'Mål', targets: 'Årsmål', sections: 'Avsnitt', texts: 'Planens texter' },
  none: 'Inget att jämföra.',
  allSame: 'Allt är som året innan.',
  what: 'Vad',
  difference: 'Skillnad',
  status: { same: 'Oförändrat', changed: 'Ändrat', added: 'Nytt', removed: 'Inte med i år' },
  proposed: 'Förslag att bekräfta',
};
