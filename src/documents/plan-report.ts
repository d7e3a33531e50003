/**
 * The document model of a plan: plain data, in document order, that the HTML, PDF and DOCX
 * renderers turn into bytes. Nothing here knows about a database or an output format.
 */
import type { DocumentLogo } from './logo.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ReportHeading {
  kind: 'heading';
  /** Unique within the report; used for anchors, bookmarks and table-of-contents page lookup. */
  id: string;
  level: HeadingLevel;
  /** "KF:s inriktningsmål", "Nämndmål" …; printed before the text as "label: text". */
  label: string | null;
  text: string;
  /** Listed in the table of contents. */
  toc: boolean;
  /** Starts a new page in paged output. */
  pageBreakBefore?: boolean;
}

export interface ReportMarkdown {
  kind: 'markdown';
  /** Rich text as stored (Markdown, no raw HTML). */
  markdown: string;
}

export interface ReportTableColumn {
  text: string;
  align: 'left' | 'right';
  /** Relative width; the renderers share out the page width by these. */
  width: number;
}

export interface ReportTableRow {
  cells: string[];
  /** group = a heading row inside the table ("Intäkter"), sum = a subtotal, total = the net line. */
  style?: 'group' | 'sum' | 'total';
}

export interface ReportTable {
  kind: 'table';
  role: 'indicators' | 'activities' | 'budget';
  /** Read by screen readers; budget tables also print it. */
  caption: string;
  captionVisible: boolean;
  columns: ReportTableColumn[];
  rows: ReportTableRow[];
}

export type ReportBlock = ReportHeading | ReportMarkdown | ReportTable;

export interface LetterheadLine {
  label: string | null;
  value: string;
}

export interface TocEntry {
  id: string;
  level: HeadingLevel;
  text: string;
}

export interface PlanReport {
  meta: {
    planId: string;
    year: number;
    /** unit plans (enhetens verksamhetsplan) and board plans (nämndens verksamhetsplan). */
    scope: 'unit' | 'board' | 'other';
    templateKey: string;
    /** The PDF/DOCX title: "Verksamhetsplan 2025 – Norrviks hemtjänst". */
    title: string;
    /** Handläggare, or the organisation when none is named. */
    author: string;
    subject: string;
    language: 'sv';
    /** Printed in every page's header. */
    issuer: string;
    dnr: string;
    documentDate: string | null;
  };
  front: {
    issuer: string;
    /** Blocks of lines, printed top right on the first page. */
    letterhead: LetterheadLine[][];
    title: string;
    subtitle: string | null;
    decision: { heading: string; markdown: string } | null;
    /** The municipality's letterhead logo, top left of the first page (PDF and DOCX). */
    logo?: DocumentLogo | null;
  };
  tocHeading: string;
  toc: TocEntry[];
  body: ReportBlock[];
}
