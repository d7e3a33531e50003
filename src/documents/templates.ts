import type { SignConvention } from '../domain/budget.ts';
import {
  type BudgetLayout,
  GOAL_LEVEL_LABEL,
  GOAL_TEXT_FIELD_LABEL,
  type GoalLevel,
  type GoalTextField,
} from '../shared/vocabulary.ts';

/**
 * What differs between the city's template generations. Each generation is data:
 * the renderers never branch on a year, only on these fields.
 */
export interface DocumentTemplate {
  key: string;
  /** "Verksamhetsplan {year}" with the unit as a subtitle, or one line "Verksamhetsplan {year} för {unit}". */
  titleForm: 'subtitle' | 'inline';
  /** Indicator table header for the council's target; `{year}` is replaced. */
  councilTargetHeader: string;
  economyHeading: string;
  resourcesHeading: string;
  /** `{year}` is replaced. */
  budgetHeading: string;
  /** The 2022 "Förslag till beslut" block after the title. */
  decisionBlock: boolean;
  decisionHeading: string;
  /** How printed budget amounts are signed, per table layout. */
  budgetSigns: Record<BudgetLayout, SignConvention>;
  /** Goal level and goal field headings. */
  labels: Record<GoalLevel | GoalTextField, string>;
  /** The numbering of council area goals: "1.4" or "1.4.". */
  areaNumberSuffix: string;
}

const LABELS: DocumentTemplate['labels'] = { ...GOAL_LEVEL_LABEL, ...GOAL_TEXT_FIELD_LABEL };

const COMMON = {
  resourcesHeading: 'Resursanvändning',
  budgetHeading: 'Budget {year}',
  decisionHeading: 'Förslag till beslut',
  labels: LABELS,
} as const;

export const TEMPLATES: Record<string, DocumentTemplate> = {
  /** Mandate 2019–2022, first generation (the 2020 plans). */
  'kf-2019': {
    ...COMMON,
    key: 'kf-2019',
    titleForm: 'inline',
    councilTargetHeader: 'KF:s årsmål',
    economyHeading: 'Uppföljning av ekonomi',
    decisionBlock: false,
    budgetSigns: { category: 'all_positive', simple: 'all_positive', per_activity: 'all_positive' },
    areaNumberSuffix: '',
  },
  /** Mandate 2019–2022, the 2021–2022 layout with "Förslag till beslut". */
  'kf-2021': {
    ...COMMON,
    key: 'kf-2021',
    titleForm: 'inline',
    councilTargetHeader: 'KF:s årsmål',
    economyHeading: 'Redovisning av ekonomi',
    decisionBlock: true,
    budgetSigns: { category: 'all_positive', simple: 'revenue_negative', per_activity: 'cost_negative' },
    areaNumberSuffix: '.',
  },
  /** Mandate 2023–2026. */
  'kf-2023': {
    ...COMMON,
    key: 'kf-2023',
    titleForm: 'subtitle',
    councilTargetHeader: 'KF:s årsmål år {year}',
    economyHeading: 'Redovisning av ekonomi',
    decisionBlock: false,
    budgetSigns: { category: 'all_positive', simple: 'revenue_negative', per_activity: 'cost_negative' },
    areaNumberSuffix: '',
  },
};

/** The planning year's `template` column names a generation; "standard" (the default) means "by year". */
export function templateFor(year: number, key?: string | null): DocumentTemplate {
  if (key && TEMPLATES[key]) return TEMPLATES[key];
  if (year <= 2020) return TEMPLATES['kf-2019']!;
  if (year <= 2022) return TEMPLATES['kf-2021']!;
  return TEMPLATES['kf-2023']!;
}

export function fillYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year));
}
