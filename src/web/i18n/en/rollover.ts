import type sv from '../sv/rollover.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  title: 'New planning year',
  intro:
    'Carries the {{year}} goal chain (council, board and unit goals), the indicators’ placements and the operational plans into the next year as drafts. {{year}} is not changed.',
  to: 'New year',
  preview: 'Show what will be carried over',
  create: 'Create {{to}} from {{from}}',
  report:
    '{{goals}} goals, {{placements}} indicator placements and {{plans}} plans ({{sections}} sections, {{budgetRows}} budget rows).',
  previewHeading: 'Carried over to {{to}}',
  doneHeading: '{{to}} has been created',
  skipped: 'Not carried over',
  open: 'Open {{to}}',
  link: 'New planning year from {{year}}',
};

export default en;
