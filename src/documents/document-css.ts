/**
 * The typography of a plan document. Every selector sits under `.plan-document` so the UI can put
 * the fragment into any page. Fonts are the Arial/Times metrics clones most systems have, so the
 * PDF, the DOCX (Arial/Times New Roman) and the preview break lines alike.
 */
export const SANS = "'Liberation Sans', Arial, Helvetica, sans-serif";
export const SERIF = "'Liberation Serif', 'Times New Roman', Times, serif";

export const DOCUMENT_CSS = `
.plan-document { font-family: ${SERIF}; font-size: 11pt; line-height: 1.4; color: #111; max-width: 170mm; margin: 0 auto; }
.plan-document h1, .plan-document h2, .plan-document h3, .plan-document h4, .plan-document h5, .plan-document h6,
.plan-document .issuer, .plan-document .letterhead, .plan-document table, .plan-document .toc {
  font-family: ${SANS};
}
.plan-document h1, .plan-document h2, .plan-document h3, .plan-document h4, .plan-document h5, .plan-document h6 {
  break-after: avoid; page-break-after: avoid; break-inside: avoid; line-height: 1.25; color: #000;
}
.plan-document h1 { font-size: 22pt; font-weight: 700; margin: 18mm 0 2mm; }
.plan-document h1 .subtitle { display: block; font-size: 15pt; font-weight: 400; margin-top: 2mm; }
.plan-document h2 { font-size: 15pt; margin: 9mm 0 3mm; }
.plan-document h3 { font-size: 12.5pt; margin: 7mm 0 2.5mm; }
.plan-document h4 { font-size: 11.5pt; margin: 6mm 0 2mm; }
.plan-document h5 { font-size: 11pt; margin: 5mm 0 1.5mm; }
.plan-document h6 { font-size: 10pt; margin: 4mm 0 1mm; font-style: italic; font-weight: 700; }
.plan-document .label { font-weight: 400; }
.plan-document h4 .label, .plan-document h5 .label { font-weight: 700; color: #1f4e79; }
.plan-document p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.plan-document ul, .plan-document ol { margin: 0 0 2.5mm; padding-left: 7mm; }
.plan-document li { margin: 0 0 1mm; }
.plan-document a { color: inherit; }
.plan-document .front { position: relative; min-height: 60mm; }
.plan-document .issuer { font-size: 12pt; font-weight: 700; max-width: 85mm; }
.plan-document .letterhead { position: absolute; top: 0; right: 0; width: 72mm; font-size: 9.5pt; line-height: 1.35; }
.plan-document .letterhead p { margin: 0 0 3mm; }
.plan-document .toc { margin-top: 8mm; font-size: 10.5pt; }
.plan-document .toc ol { list-style: none; margin: 0; padding: 0; }
.plan-document .toc li { margin: 0 0 1.5mm; break-inside: avoid; }
.plan-document .toc a { display: flex; align-items: flex-end; text-decoration: none; gap: 1.5mm; }
.plan-document .toc .toc-text { flex: 0 1 auto; max-width: 86%; }
.plan-document .toc .toc-leader { flex: 1 1 auto; border-bottom: 1px dotted #666; min-width: 6mm; transform: translateY(-0.8mm); }
.plan-document .toc .toc-page { flex: 0 0 auto; min-width: 7mm; text-align: right; font-variant-numeric: tabular-nums; }
.plan-document .toc .toc-l3 { padding-left: 6mm; }
.plan-document .toc .toc-l4 { padding-left: 12mm; }
.plan-document .toc .toc-l2 { font-weight: 700; margin-top: 2.5mm; }
.plan-document table { width: calc(100% - 1pt); border-collapse: collapse; table-layout: fixed; margin: 2mm 0 5mm; font-size: 9.5pt; line-height: 1.3; }
.plan-document thead { display: table-header-group; }
.plan-document tr { break-inside: avoid; page-break-inside: avoid; }
.plan-document th, .plan-document td { border: 0.5pt solid #9aa5b1; padding: 1.4mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.plan-document thead th { background: #dde6ef; font-weight: 700; }
.plan-document tbody th { font-weight: 400; }
.plan-document .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.plan-document tr.group th, .plan-document tr.group td { font-style: italic; background: #f3f5f7; }
.plan-document tr.sum th, .plan-document tr.sum td { font-style: italic; font-weight: 700; }
.plan-document tr.total th, .plan-document tr.total td { font-weight: 700; border-top: 1.2pt solid #333; }
.plan-document caption { caption-side: top; text-align: left; font-weight: 700; font-size: 10pt; padding: 0 0 1.5mm; }
.plan-document table.md-table { font-family: ${SERIF}; font-size: 9.5pt; }
.plan-document table.md-table-wide { font-size: 8pt; }
.plan-document table.md-table-wide th, .plan-document table.md-table-wide td { padding: 1mm; }
.plan-document .align-right { text-align: right; }
.plan-document .align-center { text-align: center; }
.plan-document .md-heading { margin-top: 3mm; }
.plan-document .page-break { break-before: page; page-break-before: always; }
`;

export const PRINT_CSS = `
@page { size: A4; margin: 24mm 20mm 20mm 25mm; }
html, body { margin: 0; padding: 0; }
.plan-document { max-width: none; }
.plan-document .front { min-height: 0; }
.plan-document h1 { margin-top: 42mm; }
`;
