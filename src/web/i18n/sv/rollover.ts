export default {
  title: 'Nytt planeringsår',
  intro:
    'För över {{year}} års målkedja (KF:s mål, nämndmål, enhetsmål), indikatorernas placeringar och verksamhetsplanerna till nästa år som utkast. {{year}} ändras inte.',
  to: 'Nytt år',
  preview: 'Visa vad som förs över',
  create: 'Skapa {{to}} från {{from}}',
  report:
    '{{goals}} mål, {{placements}} indikatorplaceringar och {{plans}} planer ({{sections}} avsnitt, {{budgetRows}} budgetrader).',
  previewHeading: 'Förs över till {{to}}',
  doneHeading: '{{to}} är skapat',
  skipped: 'Förs inte över',
  open: 'Öppna {{to}}',
  link: 'Nytt planeringsår från {{year}}',
  proposal: {
    note: 'Förslag från {{year}}',
    confirm: 'Bekräfta',
    confirmLabel: 'Bekräfta {{name}}',
  },
  choices: {
    heading: 'Vad händer med varje mål',
    intro:
      'Alla mål förs över som de är om du inte väljer annat. Öppna en organisation för att ändra lydelsen på ett mål eller lämna det kvar i {{year}} (dess undermål följer med).',
    count_one: '{{count}} mål, {{decided}} med annat val',
    count_other: '{{count}} mål, {{decided}} med annat val',
    keep: 'Behåll',
    change: 'Ändra lydelsen',
    drop: 'För inte över',
    newTitle: 'Ny lydelse för ”{{title}}”',
  },
  choicesReport:
    '{{changedGoals}} mål med ny lydelse, {{droppedGoals}} mål förs inte över. {{targets}} årsmål förs över som förslag att bekräfta i planerna.',
};
