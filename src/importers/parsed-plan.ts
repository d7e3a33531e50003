// The parser's output: everything a later importer needs to recreate a legacy plan in the database,
// kept close to the printed text (titles as printed, targets both printed and typed) so an import
// can be verified against the source file line by line.

import type { GoalLevel, GoalTextField } from '../shared/vocabulary.ts';

export type { GoalLevel };
export type FieldName = GoalTextField;

export type TypedTarget =
  | { kind: 'number'; value: number; unit: '%' | 'st' | 'GWh' | string | null }
  | { kind: 'increase' }
  | { kind: 'decrease' }
  | { kind: 'set_by_board'; text: string }
  | { kind: 'text'; text: string }
  | null;

export type Periodicity = 'year' | 'tertial' | null;

/** Whether the name cell started with a space (KF row), directly (nämnd/enhet row) or with a glyph. */
export type LevelSignal = 'council' | 'local' | 'unknown';

export interface ParsedIndicator {
  name: string;
  targetText: string | null;
  target: TypedTarget;
  councilTargetText: string | null;
  councilTarget: TypedTarget;
  periodicity: Periodicity;
  periodicityText: string | null;
  genderMarked: boolean;
  paragraphMarked: boolean;
  levelSignal: LevelSignal;
  /** 1-based line of the first printed row; continuation rows are listed in `continuationLines`. */
  line: number;
  continuationLines: number[];
}

export interface ParsedActivity {
  title: string;
  start: string | null;
  end: string | null;
  startText: string;
  endText: string;
  outsideYear: boolean;
  line: number;
  continuationLines: number[];
}

export interface FieldHeading {
  field: FieldName;
  /** Canonical Swedish heading, e.g. "Arbetssätt" even when printed "Arbetsätt". */
  canonical: string;
  printed: string;
  line: number;
}

export interface ParsedGoal {
  level: GoalLevel;
  number: string | null;
  title: string;
  /** Heading line(s) as printed (markup stripped); two lines in the 2020 split-label layout. */
  headingLines: string[];
  line: number;
  fields: Partial<Record<FieldName, string>>;
  fieldHeadings: FieldHeading[];
  /** Canonical names of the template sub-headings present, in document order. */
  sections: string[];
  indicators: ParsedIndicator[];
  /** Printed column label of the KF target column, e.g. "KF:s årsmål år 2025". */
  councilTargetLabel: string | null;
  activities: ParsedActivity[];
  children: ParsedGoal[];
}

export interface TextSection {
  heading: string;
  depth: number;
  line: number;
  /** Markdown body. */
  body: string;
}

export type BudgetRowGroup = 'revenue' | 'cost' | 'sum' | 'net' | 'heading';

export type SignConvention = 'all_positive' | 'revenue_negative' | 'cost_negative' | 'unknown';

export interface BudgetRow {
  label: string;
  group: BudgetRowGroup;
  /** Which side a sum row totals, when it can be told from the label. */
  sumOf: 'revenue' | 'cost' | null;
  printed: string[];
  values: (number | null)[];
  /** Revenue and cost positive; net = revenue − cost (negative = net cost). */
  normalized: (number | null)[];
  line: number;
}

export interface BudgetTable {
  title: string | null;
  /** First header cell as printed: the verksamhet name or "Beloppen anges i TKr". */
  headerLabel: string | null;
  columns: string[];
  /** e.g. "TKr" from "Beloppen anges i TKr" or "tkr" from "Netto (tkr)". */
  unit: string | null;
  rows: BudgetRow[];
  signConvention: SignConvention;
  line: number;
}

export interface BudgetBoxField {
  /** Label without the trailing colon ("Enhet" for "Enhet :"). */
  label: string;
  printedLabel: string;
  value: string;
  line: number;
}

export interface Economy {
  heading: string | null;
  line: number | null;
  resourceHeading: string | null;
  resourceUse: string;
  budgetHeadings: { text: string; line: number }[];
  budgetProse: string;
  budgetBox: BudgetBoxField[];
  tables: BudgetTable[];
}

export interface UnplacedBlock {
  line: number;
  endLine: number;
  text: string;
  context: string;
}

export interface FrontMatter {
  author: string | null;
  /** The author label as printed ("Handläggare", "Vandläggare", …). */
  authorLabel: string | null;
  phone: string | null;
  addressee: string | null;
  date: string | null;
  letterDate: string | null;
  dnr: string | null;
  pageHeader: string | null;
  title: string | null;
  titlePrinted: string | null;
  unit: string | null;
  /** Unit line printed under a "Verksamhetsplan YYYY för X" title, when present. */
  unitLine: string | null;
  board: string | null;
  year: number | null;
  decisionProposal: string | null;
  hasDecisionProposal: boolean;
  addressBlock: string[];
  attachments: string[];
  tableOfContents: string[];
}

export interface ParsedPlan {
  startLine: number;
  endLine: number;
  front: FrontMatter;
  introHeading: string | null;
  intro: TextSection[];
  /** Text directly under "Inledning" before its first sub-heading. */
  introPreamble: string;
  goals: ParsedGoal[];
  economy: Economy;
  otherHeading: string | null;
  other: TextSection[];
  otherPreamble: string;
  unplaced: UnplacedBlock[];
}

export interface ImportWarning {
  line: number;
  planIndex: number | null;
  code: string;
  message: string;
}

export interface ParseResult {
  plans: ParsedPlan[];
  warnings: ImportWarning[];
}
