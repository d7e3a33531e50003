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
};
