import type sv from '../sv/vocabulary.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  goalLevel: {
    city_direction: 'City council direction goal',
    city_area: 'City council goal for the area',
    board: 'Board goal',
    unit: 'Unit goal',
  },
  orgKind: { city: 'Municipality', board: 'Board', department: 'Department', unit: 'Unit', team: 'Team' },
  gender: { T: 'Total', K: 'Women', M: 'Men' },
  periodicity: { year: 'Year', tertial: 'Tertial', quarter: 'Quarter', month: 'Month' },
  planKind: {
    plan: 'Operational plan',
    t1: 'Tertial report 1',
    t2: 'Tertial report 2',
    annual: 'Annual report',
  },
  planStatus: {
    draft: 'Draft',
    submitted: 'Submitted',
    approved: 'Approved',
    decided: 'Decided',
    published: 'Published',
  },
  budgetGroup: { revenue: 'Revenue', cost: 'Costs' },
  goalTextField: {
    description: 'Description',
    expectedResults: 'Expected results',
    waysOfWorking: 'Ways of working',
    resources: 'Use of resources',
    followUp: 'Follow-up',
    development: 'Development',
  },
  action: {
    submit: 'Submit',
    return: 'Return',
    approve: 'Approve',
    decide: 'Record decision',
    publish: 'Publish',
    reopen: 'Open for a new version',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving …',
    unsaved: 'Not saved',
    offline: 'Not saved – no connection, trying again',
    invalid: 'Not saved – correct the marked field',
    conflict: 'Not saved – someone else has changed this, choose a version',
  },
};

export default en;
