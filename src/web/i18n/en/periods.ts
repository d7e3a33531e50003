import type sv from '../sv/periods.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  title: 'Follow-up periods {{year}}',
  lead: 'The last day to report for each period, bottom-up: units first, then boards, the city last. Reports not submitted after their last day are shown as late.',
  reports: 'Reports {{year}}',
  months: 'Monthly forecasts {{year}}',
  period: 'Period',
  covers: 'Covers',
  unit: 'Units',
  board: 'Boards',
  city: 'City',
  save: 'Save',
  saveFor: 'Save the deadlines for {{period}}',
  deadlineFor: '{{level}}, last day for {{period}}',
  saved: 'The deadlines for {{period}} are saved.',
  link: 'Periods and deadlines',
};

export default en;
