import type sv from '../sv/setup.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  title: 'Get started with your municipality',
  intro:
    'Set up the municipality, its letterhead logo and the first planning year. Then build the organisation or import existing plans.',
  demo: {
    heading: 'You are looking at the demo municipality {{name}}',
    body: 'The demo municipality shows how Målkedja works. When you start with your own municipality, the demo’s organisations, goals, indicators, activities and plans are removed. What you added yourself stays.',
    start: 'Start with your own municipality',
    confirm: 'I understand that the demo data will be removed and cannot be restored',
    remove: 'Remove demo data',
    removed:
      'The demo data has been removed ({{organisations}} organisations, {{goals}} goals, {{plans}} plans). Fill in your municipality below.',
    cancel: 'Cancel',
  },
  form: {
    name: 'Name of the municipality',
    nameHint: 'As it should appear in documents, for example “Ekby kommun”.',
    logo: 'Letterhead logo (optional)',
    logoHint: 'PNG or SVG, at most 2 MB. Shown in the header of every PDF and Word document.',
    firstYear: 'First planning year',
    firstYearHint: 'The year the first operational plans cover.',
    submit: 'Set up the municipality',
    saving: 'Saving …',
    logoTooLarge: 'The logo is larger than 2 MB. Save it at a smaller size and choose it again.',
  },
  done: {
    heading: '{{name}} is set up',
    logoSaved: 'The logo is saved and used in documents.',
    noLogo: 'No logo has been uploaded.',
    replaceLogo: 'Replace logo',
    uploadLogo: 'Upload logo',
    next: 'Next steps',
    organisations: 'Build the organisation: boards, departments and units',
    importPlans: 'Import existing plans (Word or PDF)',
    openYear: 'Open planning year {{year}}',
  },
};

export default en;
