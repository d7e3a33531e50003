import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { CELL_BORDERS, CELL_MARGINS, CONTENT_WIDTH, markdownToDocx } from './docx-markdown.ts';
import { docxNumbering, docxStyles, pageFooter, pageHeader, SANS } from './docx-styles.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';

const WORD_HEADING = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;
/** Lays the pages out as Word would, so the contents field ships with page numbers (best guess past odd glyphs). */
const PAGE_NUMBERS = estimatePageNumbersWith({ guess: true });

/**
 * The plan as a Word document: Word's own heading styles (navigation pane, table of contents),
 * a table-of-contents field filled in with estimated page numbers, tables whose header rows repeat
 * on every page, "Sid x (y)" in the header, and Markdown lists as Word lists.
 */
export async function renderDocx(report: PlanReport): Promise<Uint8Array> {
  let listInstance = 0;
  const lists = { next: () => ++listInstance };
  const tocMax = Math.max(2, ...report.toc.map((e) => e.level)) - 1;
  const children: Array<Paragraph | Table | TableOfContents> = [...front(report, lists)];
  if (report.toc.length) {
    children.push(plainHeading(report.tocHeading, 2));
    children.push(
      new TableOfContents(report.tocHeading, { hyperlink: true, headingStyleRange: `1-${tocMax}` }),
    );
  }
  for (const block of report.body) {
    if (block.kind === 'heading') children.push(heading(block, tocMax));
    else if (block.kind === 'markdown') children.push(...markdownToDocx(block.markdown, lists));
    else children.push(...table(block));
  }
  const doc = new Document({
    title: report.meta.title,
    creator: report.meta.author,
    subject: report.meta.subject,
    description: report.meta.subject,
    keywords: ['verksamhetsplan', String(report.meta.year), report.meta.dnr].filter(Boolean).join(', '),
    lastModifiedBy: 'Målkedja',
    pageNumbers: PAGE_NUMBERS,
    styles: docxStyles(),
    numbering: docxNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1361, bottom: 1134, left: 1417, right: 1134, header: 510, footer: 397 },
          },
        },
        headers: { default: pageHeader(report) },
        footers: { default: pageFooter(report) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function heading(h: ReportHeading, tocMax: number): Paragraph {
  const text = h.label ? `${h.label}: ${h.text}` : h.text;
  const wordLevel = h.level - 1;
  // Headings left out of the report's table of contents get a look-alike style Word's TOC field skips.
  const inToc = h.toc || wordLevel > tocMax;
  const children = h.label
    ? [new TextRun({ text: `${h.label}: `, bold: h.level <= 3 ? false : undefined }), new TextRun(h.text)]
    : [new TextRun(text)];
  return new Paragraph({
    children,
    ...(inToc || h.level === 1 ? { heading: WORD_HEADING[h.level - 1] } : { style: `Rubrik${wordLevel}` }),
    pageBreakBefore: h.pageBreakBefore,
    keepNext: true,
    keepLines: true,
  });
}

function plainHeading(text: string, level: number): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], style: `Rubrik${level - 1}`, keepNext: true });
}

function front(report: PlanReport, lists: { next: () => number }): Array<Paragraph | Table> {
  const { front } = report;
  const letterhead = front.letterhead.flatMap((lines, i) =>
    lines.map(
      (l, j) =>
        new Paragraph({
          children: [
            new TextRun({ text: l.label ? `${l.label}: ${l.value}` : l.value, size: 19, font: SANS }),
          ],
          spacing: { after: j === lines.length - 1 && i < front.letterhead.length - 1 ? 160 : 0 },
        }),
    ),
  );
  const none = { top: { style: 'none' as const, size: 0, color: 'FFFFFF' } };
  const noBorders = { top: none.top, bottom: none.top, left: none.top, right: none.top };
  const out: Array<Paragraph | Table> = [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [CONTENT_WIDTH - 4100, 4100],
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            new TableCell({
              borders: noBorders,
              children: [
                new Paragraph({
                  children: [new TextRun({ text: front.issuer, bold: true, font: SANS, size: 24 })],
                }),
              ],
            }),
            new TableCell({
              borders: noBorders,
              children: letterhead.length ? letterhead : [new Paragraph('')],
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ children: [], spacing: { before: 1600 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(front.title)] }),
  ];
  if (front.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(front.subtitle)] }));
  if (front.decision) {
    out.push(plainHeading(front.decision.heading, 2));
    out.push(...markdownToDocx(front.decision.markdown, lists));
  }
  return out;
}

function table(t: ReportTable): Array<Paragraph | Table> {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const cell = (text: string, i: number, opts: { header?: boolean; style?: string }) =>
    new TableCell({
      borders: CELL_BORDERS,
      margins: CELL_MARGINS,
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(opts.header
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE6EF' } }
        : opts.style === 'group'
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F5F7' } }
          : {}),
      children: [
        new Paragraph({
          alignment: t.columns[i]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text,
              font: SANS,
              size: 18,
              bold: opts.header || opts.style === 'sum' || opts.style === 'total',
              italics: opts.style === 'group' || opts.style === 'sum',
            }),
          ],
        }),
      ],
    });
  const out: Array<Paragraph | Table> = [];
  if (t.captionVisible)
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: t.caption, bold: true, font: SANS, size: 20 })],
      }),
    );
  out.push(
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: t.columns.map((c, i) => cell(c.text, i, { header: true })),
        }),
        ...t.rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: r.cells.map((text, i) => cell(text, i, { style: r.style })),
            }),
        ),
      ],
    }),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  );
  return out;
}
