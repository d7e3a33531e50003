import { DOCUMENT_CSS, PRINT_CSS } from './document-css.ts';
import { escapeHtml, renderMarkdownHtml } from './markdown.ts';
import type { PlanReport, ReportBlock, ReportHeading, ReportTable } from './plan-report.ts';

export interface RenderHtmlOptions {
  /** Only the document's markup (with its scoped style), for the UI's live preview. */
  fragment?: boolean;
  /** Paged output: print styles, page breaks, and the table of contents' page numbers. */
  print?: boolean;
  pageNumbers?: ReadonlyMap<string, number>;
}

/** The plan as semantic HTML: one h1, nested headings, real tables with header cells, lang="sv". */
export function renderHtml(report: PlanReport, options: RenderHtmlOptions = {}): string {
  const article = `<article class="plan-document" lang="sv">\n${front(report)}\n${toc(report, options)}\n${report.body
    .map((b) => block(b, options))
    .join('\n')}\n</article>`;
  const style = `<style>${DOCUMENT_CSS}${options.print ? PRINT_CSS : ''}</style>`;
  if (options.fragment) return `${style}\n${article}`;
  const { meta } = report;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<meta name="author" content="${escapeHtml(meta.author)}">
<meta name="description" content="${escapeHtml(meta.subject)}">
${style}
</head>
<body>
${article}
</body>
</html>
`;
}

function front(report: PlanReport): string {
  const { front } = report;
  const letterhead = front.letterhead
    .map(
      (lines) =>
        `<p>${lines.map((l) => (l.label ? `${escapeHtml(l.label)}: ${escapeHtml(l.value)}` : escapeHtml(l.value))).join('<br>')}</p>`,
    )
    .join('');
  const subtitle = front.subtitle ? ` <span class="subtitle">${escapeHtml(front.subtitle)}</span>` : '';
  const decision = front.decision
    ? `<section class="decision"><h2>${escapeHtml(front.decision.heading)}</h2>${renderMarkdownHtml(front.decision.markdown)}</section>`
    : '';
  return `<header class="front">
<div class="issuer">${escapeHtml(front.issuer)}</div>
<div class="letterhead">${letterhead}</div>
<h1><span class="doc-name">${escapeHtml(front.title)}</span>${subtitle}</h1>
</header>${decision}`;
}

function toc(report: PlanReport, options: RenderHtmlOptions): string {
  if (!report.toc.length) return '';
  const items = report.toc
    .map((e) => {
      const page = options.pageNumbers?.get(e.id);
      const pageCell = options.print
        ? `<span class="toc-leader"></span><span class="toc-page">${page ?? ''}</span>`
        : '';
      return `<li class="toc-l${e.level}"><a href="#${e.id}"><span class="toc-text">${escapeHtml(e.text)}</span>${pageCell}</a></li>`;
    })
    .join('\n');
  return `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${escapeHtml(report.tocHeading)}</h2>\n<ol>\n${items}\n</ol></nav>`;
}

function block(b: ReportBlock, options: RenderHtmlOptions): string {
  if (b.kind === 'heading') return heading(b, options);
  if (b.kind === 'markdown') return renderMarkdownHtml(b.markdown);
  return table(b);
}

function heading(h: ReportHeading, options: RenderHtmlOptions): string {
  const label = h.label ? `<span class="label">${escapeHtml(h.label)}:</span> ` : '';
  const cls = options.print && h.pageBreakBefore ? ' class="page-break"' : '';
  return `<h${h.level} id="${h.id}"${cls}>${label}${escapeHtml(h.text)}</h${h.level}>`;
}

function table(t: ReportTable): string {
  const numeric = t.columns.map((c) => c.align === 'right');
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = t.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`).join('');
  const head = t.columns
    .map((c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${escapeHtml(c.text)}</th>`)
    .join('');
  const rows = t.rows
    .map((r) => {
      const cells = r.cells
        .map((cell, i) =>
          i === 0
            ? `<th scope="row">${escapeHtml(cell)}</th>`
            : `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr${r.style ? ` class="${r.style}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const caption = t.captionVisible ? `<caption>${escapeHtml(t.caption)}</caption>` : '';
  const label = t.captionVisible ? '' : ` aria-label="${escapeHtml(t.caption)}"`;
  return `<table class="t-${t.role}"${label}>${caption}<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
}
