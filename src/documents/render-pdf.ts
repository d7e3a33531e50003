import type { Browser, Page } from 'playwright-core';
import { getBrowser, withPage } from './chromium.ts';
import { SANS } from './document-css.ts';
import { escapeHtml } from './markdown.ts';
import { readDestinationPages, withDocumentInfo } from './pdf-file.ts';
import type { PlanReport } from './plan-report.ts';
import { renderHtml } from './render-html.ts';

export interface RenderPdfOptions {
  /** Defaults to CHROMIUM_PATH or the usual install paths. */
  chromiumPath?: string;
  /** A browser to use instead of the shared one (benchmarks, tests). */
  browser?: Browser;
}

/**
 * A4 PDF through headless Chromium. Chromium cannot number a table of contents, so the document is
 * laid out twice: the first pass tells on which page each heading landed (from the named destinations
 * the table of contents' links create), the second prints those numbers. The numbers sit in a
 * fixed-width cell, so filling them in cannot move a heading; a third pass runs only if one did.
 */
export async function renderPdf(report: PlanReport, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await getBrowser(options.chromiumPath));
  return withPage(browser, async (page) => {
    await page.setContent(renderHtml(report, { print: true }), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    let pdf = await printOnce(page, report);
    for (let pass = 0; pass < 2 && report.toc.length; pass++) {
      const pages = readDestinationPages(pdf);
      await fillContentsPages(page, pages);
      const next = await printOnce(page, report);
      const settled = sameNumbers(pages, readDestinationPages(next));
      pdf = next;
      if (settled) break;
    }
    return withDocumentInfo(pdf, {
      title: report.meta.title,
      author: report.meta.author,
      subject: report.meta.subject,
      keywords: ['verksamhetsplan', String(report.meta.year), report.meta.dnr].filter(Boolean).join(', '),
      creator: 'Målkedja',
    });
  });
}

/** The same markup renderHtml writes with `pageNumbers`, patched in place to spare a second parse and layout. */
async function fillContentsPages(page: Page, pages: Map<string, number>) {
  await page.evaluate(
    (entries) => {
      for (const [id, n] of entries) {
        const cell = document.querySelector(`.toc a[href="#${id}"] .toc-page`);
        if (cell) cell.textContent = String(n);
      }
    },
    [...pages],
  );
}

async function printOnce(page: Page, report: PlanReport): Promise<Uint8Array> {
  const pdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(report),
    footerTemplate: footerTemplate(report),
    tagged: true,
    outline: true,
  });
  return new Uint8Array(pdf);
}

function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

const TEMPLATE_STYLE = `font-family:${SANS};font-size:8pt;color:#333;width:100%;margin:0 20mm 0 25mm;display:flex;justify-content:space-between;gap:8mm;`;

/** Every page: who issued it, and "Dnr … Sid x (y)" top right as in the city's letterhead. */
function headerTemplate(report: PlanReport): string {
  const dnr = report.meta.dnr ? `Dnr: ${escapeHtml(report.meta.dnr)}&nbsp;&nbsp;&nbsp;` : '';
  return `<div style="${TEMPLATE_STYLE}padding-top:9mm;"><span>${escapeHtml(report.meta.issuer)}</span><span style="white-space:nowrap">${dnr}Sid <span class="pageNumber"></span> (<span class="totalPages"></span>)</span></div>`;
}

function footerTemplate(report: PlanReport): string {
  const date = report.meta.documentDate ? escapeHtml(report.meta.documentDate) : '';
  return `<div style="${TEMPLATE_STYLE}padding-bottom:7mm;color:#555;"><span>${escapeHtml(report.meta.title)}</span><span>${date}</span></div>`;
}
