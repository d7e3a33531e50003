import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { CONTENT_WIDTH } from './docx-markdown.ts';
import type { PlanReport } from './plan-report.ts';

export const SANS = 'Arial';
export const SERIF = 'Times New Roman';
/** Half-points per report heading level 2–6 (Word Heading 1–5). */
const HEADING_SIZE = [30, 25, 23, 22, 20];

/** "Dnr … Sid x (y)" on every page, as in the city's letterhead. */
export function pageHeader(report: PlanReport): Header {
  const dnr = report.meta.dnr ? `Dnr: ${report.meta.dnr}   ` : '';
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: report.meta.issuer, font: SANS, size: 16, color: '333333' }),
          new TextRun({ text: `\t${dnr}Sid `, font: SANS, size: 16, color: '333333' }),
          new TextRun({ children: [PageNumber.CURRENT], font: SANS, size: 16, color: '333333' }),
          new TextRun({ text: ' (', font: SANS, size: 16, color: '333333' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], font: SANS, size: 16, color: '333333' }),
          new TextRun({ text: ')', font: SANS, size: 16, color: '333333' }),
        ],
      }),
    ],
  });
}

export function pageFooter(report: PlanReport): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({
            text: `${report.meta.title}\t${report.meta.documentDate ?? ''}`,
            font: SANS,
            size: 16,
            color: '555555',
          }),
        ],
      }),
    ],
  });
}

/** Word's own heading styles (Heading 1–5) and its contents title style. */
export function docxStyles() {
  const headingStyle = (level: number) => ({
    run: { font: SANS, size: HEADING_SIZE[level - 1], bold: true, color: '000000', italics: level === 5 },
    paragraph: { spacing: { before: level === 1 ? 360 : 240, after: 100 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: SERIF, size: 22, language: { value: 'sv-SE' } },
        paragraph: { spacing: { after: 120, line: 288 } },
      },
      title: {
        run: { font: SANS, size: 44, bold: true, color: '000000' },
        paragraph: { spacing: { after: 80 } },
      },
      heading1: headingStyle(1),
      heading2: headingStyle(2),
      heading3: headingStyle(3),
      heading4: headingStyle(4),
      heading5: headingStyle(5),
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        run: { font: SANS, size: 30 },
        paragraph: { spacing: { after: 240 } },
      },
      {
        // Word's own style for a contents title: looks like Heading 1, is not listed in the contents.
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        ...headingStyle(1),
      },
    ],
  };
}

export function docxNumbering() {
  const levels = (ordered: boolean) =>
    [0, 1, 2, 3].map((level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : ['•', '–', '◦', '▪'][level]!,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1) + 360, hanging: 360 } } },
    }));
  return {
    config: [
      { reference: 'bullets', levels: levels(false) },
      { reference: 'numbers', levels: levels(true) },
    ],
  };
}
