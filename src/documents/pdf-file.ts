/**
 * Just enough of the PDF file format to read where Chromium put each named destination and to
 * add document information by an incremental update. Chromium (Skia) writes a classic cross-reference
 * table and plain dictionaries, which is all this reads.
 */
interface PdfIndex {
  text: string;
  offsets: Map<number, number>;
  root: number;
  info: number | undefined;
  size: number;
  startxref: number;
}

function indexPdf(bytes: Uint8Array): PdfIndex {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s*%%EOF\s*$/.exec(text)?.[1]);
  if (!Number.isFinite(startxref)) throw new Error('PDF-filen saknar startxref.');
  const offsets = new Map<number, number>();
  let trailer = '';
  // Incremental updates chain their cross-reference sections through /Prev; the newest entry wins.
  for (let at: number | undefined = startxref, hops = 0; at !== undefined && hops < 64; hops++) {
    const section = readXrefSection(text, at, offsets);
    trailer ||= section.trailer;
    const prev = /\/Prev (\d+)/.exec(section.trailer)?.[1];
    at = prev === undefined ? undefined : Number(prev);
  }
  return {
    text,
    offsets,
    root: Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]),
    info: /\/Info (\d+) 0 R/.test(trailer) ? Number(/\/Info (\d+) 0 R/.exec(trailer)![1]) : undefined,
    size: Number(/\/Size (\d+)/.exec(trailer)?.[1]),
    startxref,
  };
}

function readXrefSection(text: string, at: number, offsets: Map<number, number>) {
  const xref = /xref\s*/y;
  xref.lastIndex = at;
  if (!xref.exec(text)) throw new Error('PDF-filen har ingen klassisk xref-tabell.');
  let pos = xref.lastIndex;
  const header = /(\d+) (\d+)\s*\r?\n/y;
  for (;;) {
    header.lastIndex = pos;
    const m = header.exec(text);
    if (!m) break;
    const first = Number(m[1]);
    const count = Number(m[2]);
    pos = header.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = text.slice(pos, pos + 20);
      if (entry[17] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(entry.slice(0, 10)));
      pos += 20;
    }
  }
  const start = text.indexOf('trailer', pos - 1);
  const end = text.indexOf('startxref', start);
  return { trailer: text.slice(start, end) };
}

/** The dictionary part of an object (up to its stream or endobj). */
function objectText(pdf: PdfIndex, n: number): string {
  const start = pdf.offsets.get(n);
  if (start === undefined) return '';
  const end = pdf.text.indexOf('endobj', start);
  const body = pdf.text.slice(start, end);
  const stream = body.indexOf('stream');
  return (stream >= 0 ? body.slice(0, stream) : body).replace(/^\d+ 0 obj\s*/, '');
}

function pageOrder(pdf: PdfIndex): number[] {
  const catalog = objectText(pdf, pdf.root);
  const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(catalog)?.[1]);
  const pages: number[] = [];
  const walk = (n: number, depth: number) => {
    const dict = objectText(pdf, n);
    if (/\/Type\s*\/Pages\b/.test(dict) && depth < 32) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const m of kids.matchAll(/(\d+) 0 R/g)) walk(Number(m[1]), depth + 1);
    } else pages.push(n);
  };
  walk(pagesRef, 0);
  return pages;
}

/** Page number (1-based) of each named destination, e.g. the heading ids the table of contents links to. */
export function readDestinationPages(bytes: Uint8Array): Map<string, number> {
  const pdf = indexPdf(bytes);
  const pages = pageOrder(pdf);
  const pageIndex = new Map(pages.map((obj, i) => [obj, i + 1]));
  const result = new Map<string, number>();
  const catalog = objectText(pdf, pdf.root);
  const destsRef = /\/Dests (\d+) 0 R/.exec(catalog)?.[1];
  if (!destsRef) return result;
  const dests = objectText(pdf, Number(destsRef));
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page) result.set(decodeName(m[1]!), page);
  }
  return result;
}

export function countPages(bytes: Uint8Array): number {
  return pageOrder(indexPdf(bytes)).length;
}

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** A PDF text string in UTF-16BE hex, so any character survives. */
function pdfString(value: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++)
    hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
}

/**
 * Appends an incremental update with the document information (Chromium writes only the title)
 * and asks viewers to show the title rather than the file name (PDF/UA).
 */
export function withDocumentInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  const pdf = indexPdf(bytes);
  const old = pdf.info ? objectText(pdf, pdf.info) : '';
  const keep = (key: string) => new RegExp(`/${key} (\\([^)]*\\)|<[^>]*>)`).exec(old)?.[0] ?? '';
  const infoNum = pdf.size;
  const infoObj = `${infoNum} 0 obj\n<</Title ${pdfString(info.title)}\n/Author ${pdfString(info.author)}\n/Subject ${pdfString(info.subject)}\n/Keywords ${pdfString(info.keywords)}\n/Creator ${pdfString(info.creator)}\n${keep('Producer')}\n${keep('CreationDate')}\n${keep('ModDate')}>>\nendobj\n`;
  const catalog = objectText(pdf, pdf.root).trim();
  const catalogObj = catalog.startsWith('<<')
    ? `${pdf.root} 0 obj\n<</ViewerPreferences <</DisplayDocTitle true>>\n${catalog.slice(2).replace(/\/ViewerPreferences\s*<<[^>]*>>/, '')}\nendobj\n`
    : '';
  let out = pdf.text.endsWith('\n') ? pdf.text : `${pdf.text}\n`;
  const entries: Array<[number, number]> = [];
  if (catalogObj) {
    entries.push([pdf.root, out.length]);
    out += catalogObj;
  }
  entries.push([infoNum, out.length]);
  out += infoObj;
  const xrefAt = out.length;
  out += 'xref\n';
  for (const [n, offset] of entries.sort((a, b) => a[0] - b[0]))
    out += `${n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${infoNum + 1}\n/Root ${pdf.root} 0 R\n/Info ${infoNum} 0 R\n/Prev ${pdf.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
