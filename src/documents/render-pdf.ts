import type { PlanReport } from './plan-report.ts';
import { type CompiledDocument, compileTemplate, typstError } from './typst-compiler.ts';
import { type TypstDocument, toTypstDocument } from './typst-data.ts';

/**
 * PDF/UA-1 for plans as published (tagged, title shown, language sv); PDF/A-2a for the archive copy
 * of a decided plan. Typst refuses to write a file that breaks the chosen standard.
 */
export type PdfStandard = 'ua-1' | 'a-2a';

export interface RenderPdfOptions {
  standard?: PdfStandard;
}

const TEMPLATE = 'report.typ';

/**
 * Lays a document out with the municipal Typst template. The data goes in as JSON; any report
 * (plans, follow-up reports) that builds a TypstDocument gets the same letterhead, contents and tables.
 */
export function layoutDocument(doc: TypstDocument): CompiledDocument {
  return compileTemplate(TEMPLATE, { report: JSON.stringify(doc) });
}

export function layoutReport(report: PlanReport): CompiledDocument {
  return layoutDocument(toTypstDocument(report));
}

/** A4 PDF of any TypstDocument: letterhead, "Sid x (y)", contents with Typst's own page numbers, bookmarks. */
export async function renderDocumentPdf(
  doc: TypstDocument,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const { compiler, document } = layoutDocument(doc);
  try {
    const pdf = compiler.pdf(document, { pdfStandard: options.standard ?? 'ua-1' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    throw typstError([error instanceof Error ? error.message : String(error)]);
  }
}

/** The plan as PDF/UA-1 (or PDF/A-2a with `standard: 'a-2a'`). */
export async function renderPdf(report: PlanReport, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  return renderDocumentPdf(toTypstDocument(report), options);
}

/** The page of each contents entry (by id) in the PDF layout, for the DOCX contents field. */
export function layoutContentsPages(report: PlanReport): Map<string, number> {
  if (!report.toc.length) return new Map();
  const { compiler, document } = layoutReport(report);
  const [pages] = compiler.query(document, { selector: '<toc-pages>', field: 'value' }) as number[][];
  return new Map(report.toc.map((entry, i) => [entry.id, pages?.[i] ?? 0]));
}
