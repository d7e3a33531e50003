import type sv from '../sv/completeness.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  boardGoalWithoutUnitGoal: 'The board goal “{{title}}” is shown but has no unit goal.',
  numericTargetWithoutUnit:
    'The target for “{{name}}” is a number but the indicator has no unit (for example % or pcs).',
  targetProposalUnconfirmed:
    'The annual target for “{{name}}” was carried over from last year. Confirm it or enter a new one.',
  activityOutsideYear: 'The activity “{{title}}” has dates outside {{year}} ({{start}} – {{end}}).',
  unitGoalWithoutFollowUp: 'The unit goal “{{title}}” has no Follow-up.',
  goalTemplateText: '{{field}} in “{{title}}” contains the template’s guidance text.',
  emptyBudget: 'The section Budget {{year}} is empty: add a budget table or a text.',
  emptyBudgetTable: 'The budget table “{{title}}” has no rows.',
  untitled: 'untitled',
  planTemplateText: {
    budgetText: 'The budget text contains the template’s guidance text.',
    economyText: 'Use of resources contains the template’s guidance text.',
  },
  unplacedText: 'Text from the import to sort: “{{text}}”. Move it to Introduction or Other, or remove it.',
  sectionTemplateText: 'The section “{{heading}}” contains the template’s guidance text.',
};

export default en;
