import type sv from '../sv/common.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  appName: 'Målkedja',
  loading: 'Loading …',
  skipToContent: 'Skip to content',
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  nav: {
    ownMunicipality: 'Start with your own municipality',
    register: 'Organisation register',
    importPlans: 'Import plans',
    organisations: 'Organisations',
    organisationsFailed: 'Could not load the organisations.',
  },
  errors: {
    offline: 'No contact with the server. Try again in a moment.',
    offlineSaving: 'No contact with the server. Your changes are saved when the connection is back.',
    serverStatus: 'The server answered {{status}}. Try again.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address may be mistyped, or the page has moved.',
    home: 'Go to the start page',
  },
};

export default en;
