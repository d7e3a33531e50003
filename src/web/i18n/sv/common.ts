export default {
  appName: 'Målkedja',
  loading: 'Läser in …',
  skipToContent: 'Hoppa till innehållet',
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  nav: {
    ownMunicipality: 'Börja med egen kommun',
    register: 'Organisationsregister',
    importPlans: 'Importera planer',
    organisations: 'Organisationer',
    organisationsFailed: 'Kunde inte läsa organisationerna.',
  },
  errors: {
    offline: 'Ingen kontakt med servern. Försök igen om en stund.',
    offlineSaving: 'Ingen kontakt med servern. Dina ändringar sparas när anslutningen är tillbaka.',
    serverStatus: 'Servern svarade {{status}}. Försök igen.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen kan vara felskriven, eller så har sidan flyttats.',
    home: 'Gå till startsidan',
  },
};
