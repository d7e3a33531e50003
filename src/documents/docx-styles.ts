import {
  AlignmentType,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { CONTENT_WIDTH } from './docx-markdown.ts';
import { LOGO_HEIGHT_MM } from './logo.ts';
import type { PlanReport } from './plan-report.ts';

export const SANS = 'Arial';
export const SERIF = 'Times New Roman';
/** Half-points per report heading level 2–6 (Word Heading 1–5). */
const HEADING_SIZE = [30, 25, 23, 22, 20];

/** "Dnr … Sid x (y)" on every page, as in the city's letterhead. */
export function pageHeader(report: PlanReport): Header {
  return new Header({ children: [headerLine(report)] });
}

function headerLine(report: PlanReport): Paragraph {
  const dnr = report.meta.dnr ? `Dnr: ${report.meta.dnr}   ` : '';
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: [
      new TextRun({ text: report.meta.issuer, font: SANS, size: 16, color: '333333' }),
      new TextRun({ text: `\t${dnr}Sid `, font: SANS, size: 16, color: '333333' }),
      new TextRun({ children: [PageNumber.CURRENT], font: SANS, size: 16, color: '333333' }),
      new TextRun({ text: ' (', font: SANS, size: 16, color: '333333' }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], font: SANS, size: 16, color: '333333' }),
      new TextRun({ text: ')', font: SANS, size: 16, color: '333333' }),
    ],
  });
}

// A 1×1 transparent PNG: Word wants a raster fallback beside an SVG, and every Word since 2016 (and
// LibreOffice) shows the SVG itself; a blank fallback is better than a blurry copy we cannot make here.
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const PX_PER_MM = 96 / 25.4;

/** The first page's header: the municipality's logo above the usual header line. */
export function firstPageHeader(report: PlanReport): Header {
  const logo = report.front.logo;
  const line = headerLine(report);
  if (!logo) return new Header({ children: [line] });
  const height = Math.round(LOGO_HEIGHT_MM * PX_PER_MM);
  const transformation = { height, width: Math.round(height * logo.aspect) };
  const altText = { name: 'Logotyp', description: 'Kommunens logotyp', title: 'Logotyp' };
  const image =
    logo.type === 'image/svg+xml'
      ? new ImageRun({
          type: 'svg',
          data: logo.bytes,
          fallback: { type: 'png', data: BLANK_PNG },
          transformation,
          altText,
        })
      : new ImageRun({ type: 'png', data: logo.bytes, transformation, altText });
  return new Header({ children: [new Paragraph({ children: [image], spacing: { after: 120 } }), line] });
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
