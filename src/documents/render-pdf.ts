import type { PlanReport } from './plan-report.ts';
import { type CompiledDocument, compileTemplate, typstError } from './typst-compiler.ts';
import { toTypstDocument } from './typst-data.ts';

/**
 * PDF/UA-1 for plans as published (tagged, title shown, language sv); PDF/A-2a for the archive copy
 * of a decided plan. Typst refuses to write a file that breaks the chosen standard.
 */
export type PdfStandard = 'ua-1' | 'a-2a';

export interface RenderPdfOptions {
  standard?: PdfStandard;
}

const TEMPLATE = 'report.typ';

/** Lays the report out with the municipal Typst template (data as JSON, never as markup). */
export function layoutReport(report: PlanReport): CompiledDocument {
  return compileTemplate(TEMPLATE, { report: JSON.stringify(toTypstDocument(report)) });
}

/** A4 PDF: letterhead, "Sid x (y)", contents with the pages Typst laid the headings out on, bookmarks. */
export async function renderPdf(report: PlanReport, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const { compiler, document } = layoutReport(report);
  try {
    const pdf = compiler.pdf(document, { pdfStandard: options.standard ?? 'ua-1' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    throw typstError([error instanceof Error ? error.message : String(error)]);
  }
}

/** The page of each contents entry (by id) in the PDF layout, for the DOCX contents field. */
export function layoutContentsPages(report: PlanReport): Map<string, number> {
  if (!report.toc.length) return new Map();
  const { compiler, document } = layoutReport(report);
  const [pages] = compiler.query(document, { selector: '<toc-pages>', field: 'value' }) as number[][];
  return new Map(report.toc.map((entry, i) => [entry.id, pages?.[i] ?? 0]));
}

/** Every page as SVG, for a preview drawn by the same engine as the PDF. */
export function renderSvg(report: PlanReport): string {
  const { compiler, document } = layoutReport(report);
  return compiler.svg(document);
}
