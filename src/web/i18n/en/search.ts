export default {
  label: 'Search {{year}}: goals, indicators, activities and plan text',
  placeholder: 'Search goals, indicators, text …',
  submit: 'Search',
  title: 'Search {{year}}',
  titleFor: 'Search results for “{{q}}” in {{year}}',
  empty:
    'Type one or more words in the search box. Swedish word forms are found too: “brukarna” finds “brukare”. Put quotes around a phrase and a minus before a word that must not appear.',
  count_one: '{{count}} result.',
  count_other: '{{count}} results.',
  kinds: { goal: 'Goals', indicator: 'Indicators', activity: 'Activities', section: 'Text in the plans' },
};
