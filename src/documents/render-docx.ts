import {
  AlignmentType,
  Bookmark,
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
import { CELL_BORDERS, CELL_MARGINS, CONTENT_WIDTH, markdownToDocx } from './docx-markdown.ts';
import { docxNumbering, docxStyles, firstPageHeader, pageFooter, pageHeader, SANS } from './docx-styles.ts';
import type { PlanReport, ReportHeading, ReportTable } from './plan-report.ts';
import { layoutContentsPages } from './render-pdf.ts';

const WORD_HEADING = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;
/**
 * The plan as a Word document: Word's own heading styles (Heading 1–5 only: navigation pane,
 * contents), a contents field filled in with the page numbers of the PDF (Typst lays the same report
 * out in tens of milliseconds, so the Word file and the PDF agree), tables whose header rows repeat
 * on every page, "Sid x (y)" in the header, and Markdown lists as Word lists.
 */
export async function renderDocx(report: PlanReport): Promise<Uint8Array> {
  let listInstance = 0;
  const lists = { next: () => ++listInstance };
  const tocMax = Math.max(2, ...report.toc.map((e) => e.level)) - 1;
  const children: Array<Paragraph | Table | TableOfContents> = [...front(report, lists)];
  if (report.toc.length) {
    const pages = layoutContentsPages(report);
    children.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun(report.tocHeading)] }));
    children.push(
      new TableOfContents(report.tocHeading, {
        hyperlink: true,
        headingStyleRange: `1-${tocMax}`,
        // Written clean: Word shows the PDF's numbers as they are; "Uppdatera tabell" recounts in Word's layout.
        beginDirty: false,
        cachedEntries: report.toc.map((e) => ({
          title: e.text,
          level: e.level - 1,
          page: pages.get(e.id),
          href: bookmarkName(e.id),
        })),
      }),
    );
  }
  for (const block of report.body) {
    if (block.kind === 'heading') children.push(heading(block));
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
    styles: docxStyles(),
    numbering: docxNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1361, bottom: 1134, left: 1417, right: 1134, header: 510, footer: 397 },
          },
          // The first page has its own header (with the logo), as the PDF's front page does.
          titlePage: true,
        },
        headers: { default: pageHeader(report), first: firstPageHeader(report) },
        footers: { default: pageFooter(report), first: pageFooter(report) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Word bookmark names start with a letter or "_Toc" (hidden, as Word names its contents targets). */
function bookmarkName(id: string): string {
  return `_Toc_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function heading(h: ReportHeading): Paragraph {
  const runs = h.label
    ? [new TextRun({ text: `${h.label}: `, bold: h.level <= 3 ? false : undefined }), new TextRun(h.text)]
    : [new TextRun(h.text)];
  return new Paragraph({
    children: h.toc ? [new Bookmark({ id: bookmarkName(h.id), children: runs })] : runs,
    heading: WORD_HEADING[h.level - 1],
    pageBreakBefore: h.pageBreakBefore,
    keepNext: true,
    keepLines: true,
  });
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
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(front.decision.heading)] }),
    );
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
