export default {
  heading: 'Published plans',
  intro:
    'Decided and published operational plans and follow-ups, as PDF exactly as decided. No sign-in needed.',
  year: 'Year',
  none: 'No plans are published for {{year}}.',
  plan: '{{title}} {{year}}, {{organisation}} (PDF)',
  decided: 'decided {{date}} by {{body}}',
  dnr: 'ref. {{dnr}}',
  openData: 'Open data for {{year}} (JSON)',
  kind: {
    plan: 'Operational plan',
    t1: 'Tertial report 1',
    t2: 'Tertial report 2',
    annual: 'Annual report',
  },
};
