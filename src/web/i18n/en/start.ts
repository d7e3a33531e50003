import type sv from '../sv/start.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  heading: 'Planning {{year}}',
  lead: 'Choose your board or unit to write the operational plan. The goals of the city council and the board are filled in for you – you write only what is your own.',
  cityGoals: 'City council goals {{year}}',
  cityGoalsAbout: '– direction goals, goals for the service areas, indicators and annual targets.',
  plansWithin: 'Operational plans {{year}} within {{board}}',
  organisation: 'Organisation',
  planColumn: 'Operational plan {{year}}',
  lastChanged: 'Last changed',
  noPlan: 'No plan yet',
  org: {
    missing: 'The organisation does not exist in {{year}}',
    missingWhy: 'It may have been renamed or merged with another.',
    chooseOther: 'Choose another',
    cityGoalsAbout:
      'Direction goals, goals for the service areas, indicators and the city council’s annual targets that every plan inherits.',
    openCityGoals: 'Open the city council goals {{year}}',
    status: 'Status',
    openPlan: 'Open the operational plan',
    noPlan: 'There is no operational plan for {{year}} yet.',
    createPlan: 'Create operational plan {{year}}',
    missingInPlan: 'What is missing in the plan',
  },
  orgTree: {
    search: 'Search organisation',
    placeholder: 'Name of a board or unit',
    noMatch: 'No organisation matches “{{query}}”.',
  },
  myPlan: {
    heading: '{{name}}: operational plan {{year}}',
    notStarted: 'The plan has not been started.',
    create: 'Create the operational plan',
    status: 'Status:',
    continue: 'Continue writing the operational plan',
  },
};

export default en;
