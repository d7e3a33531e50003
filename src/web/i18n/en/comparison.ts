export default {
  heading: 'Compare with last year',
  title: '{{name}}: {{year}} beside the year before',
  link: 'Compare with {{previous}}',
  intro:
    'The operational plan for {{previous}} beside the one for {{year}}: goals (followed through the rollover), targets, sections and texts.',
  noPrevious: 'There is no operational plan for {{previous}}; everything in the plan is new.',
  openPlan: 'Open the operational plan {{year}}',
  onlyChanges: 'Show only what differs',
  parts: { goals: 'Goals', targets: 'Targets', sections: 'Sections', texts: 'Plan texts' },
  none: 'Nothing to compare.',
  allSame: 'Everything is as the year before.',
  what: 'What',
  difference: 'Difference',
  status: { same: 'Unchanged', changed: 'Changed', added: 'New', removed: 'Not included this year' },
  proposed: 'Proposal to confirm',
};
