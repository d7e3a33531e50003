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
  proposal: {
    note: 'Proposed from {{year}}',
    confirm: 'Confirm',
    confirmLabel: 'Confirm {{name}}',
  },
  choices: {
    heading: 'What happens to each goal',
    intro:
      "Every goal is carried as it is unless you choose otherwise. Open an organisation to change a goal's wording or leave it in {{year}} (its sub-goals stay with it).",
    count_one: '{{count}} goal, {{decided}} with another choice',
    count_other: '{{count}} goals, {{decided}} with another choice',
    keep: 'Keep',
    change: 'Change the wording',
    drop: 'Do not carry',
    newTitle: 'New wording for “{{title}}”',
  },
  choicesReport:
    '{{changedGoals}} goals with new wording, {{droppedGoals}} goals not carried. {{targets}} targets carried as proposals to confirm in the plans.',
};

export default en;
