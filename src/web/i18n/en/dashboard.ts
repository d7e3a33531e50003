import type sv from '../sv/dashboard.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  title: 'Overview {{period}} {{year}} – {{org}}',
  lead: 'Goal fulfilment, indicators behind target and units that have not reported on time, for {{org}} and the organisations below it.',
  goals: {
    heading: 'Goals by assessment',
    caption: 'Number of goals per assessment',
    assessment: 'Assessment',
    count: 'Goals',
    list: 'The goals and their assessment',
  },
  behind: {
    heading: 'Indicators behind target',
    caption: 'Indicators whose outcome is worse than the target',
    none: 'No indicator is behind its target.',
    indicator: 'Indicator',
    gender: 'Gender',
    value: 'Outcome',
    target: 'Target',
  },
  late: {
    heading: 'Not reported on time',
    caption: 'Units that had not submitted by the deadline',
    none: 'Everyone reported on time.',
    organisation: 'Organisation',
    status: 'Status',
    deadline: 'Deadline',
    notStarted: 'Not started',
  },
  charts: {
    heading: 'Indicators over time',
    lead: 'Outcomes per period and year with the target as a dashed line. Each chart has a summary and a table with the same values.',
    none: 'No indicators with outcomes yet.',
    tableCaption: '{{name}}: outcome and target per period',
    period: 'Period',
    target: 'Target',
    summary: 'Latest outcome ({{period}}): {{value}}.',
    summaryTarget: 'The target is {{target}}: {{verdict}}.',
    summarySplit: 'Women {{women}}, men {{men}}.',
    summaryTrend_up: 'The outcome has risen from {{first}} ({{firstPeriod}}).',
    summaryTrend_down: 'The outcome has fallen from {{first}} ({{firstPeriod}}).',
    summaryTrend_flat: 'The outcome is the same as in {{firstPeriod}}.',
    noValue: 'No outcome yet.',
    met: 'met',
    notMet: 'not met',
  },
  failed: 'The overview could not be read: {{message}}',
  link: 'Overview',
};

export default en;
