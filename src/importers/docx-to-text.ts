// Converts a .docx plan to the same line format as the text extractions: paragraphs and
// headings separated by blank lines, "- " list items, tables as TAB-separated rows with the header row
// first and a blank line after, so Word files go through the same parser.

// Tags are matched with a negated class only, so tokenising is linear in the HTML length.
const TOKEN = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, code: string) => {
    if (code.startsWith('#x')) return safeChar(Number.parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return safeChar(Number.parseInt(code.slice(1), 10), whole);
    return ENTITIES[code] ?? whole;
  });
}

function safeChar(cp: number, fallback: string): string {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

interface ListState {
  ordered: boolean;
  counter: number;
}

interface State {
  out: string[];
  text: string;
  lists: ListState[];
  row: string[] | null;
  cell: string[] | null;
  tableDepth: number;
}

function clean(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Ends the current paragraph-like block; list items and table rows are not followed by a blank line. */
function flush(s: State, kind: 'para' | 'item'): void {
  const text = clean(s.text);
  s.text = '';
  if (s.cell) {
    if (text !== '') s.cell.push(text);
    return;
  }
  if (text === '') return;
  if (kind === 'item') {
    const list = s.lists[s.lists.length - 1];
    const indent = '  '.repeat(Math.max(0, s.lists.length - 1));
    const marker = list?.ordered ? `${++list.counter}.` : '-';
    s.out.push(`${indent}${marker} ${text}`);
  } else s.out.push(text, '');
}

function openTag(s: State, tag: string): void {
  if (tag === 'ul' || tag === 'ol') {
    if (s.lists.length === 0) flush(s, 'para');
    else flush(s, 'item');
    s.lists.push({ ordered: tag === 'ol', counter: 0 });
  } else if (tag === 'table') {
    flush(s, 'para');
    s.tableDepth++;
  } else if (tag === 'tr' && s.tableDepth === 1) s.row = [];
  else if ((tag === 'td' || tag === 'th') && s.tableDepth === 1) s.cell = [];
  else if (tag === 'br') s.text += s.cell ? ' ' : '\n';
}

function closeTag(s: State, tag: string): void {
  if (/^(p|h[1-6]|div|blockquote)$/.test(tag)) flush(s, s.lists.length > 0 && !s.cell ? 'item' : 'para');
  else if (tag === 'li') flush(s, 'item');
  else if (tag === 'ul' || tag === 'ol') {
    flush(s, 'item');
    s.lists.pop();
    if (s.lists.length === 0 && !s.cell) s.out.push('');
  } else if ((tag === 'td' || tag === 'th') && s.cell && s.tableDepth === 1) {
    flush(s, 'para');
    s.row?.push(s.cell.join(' '));
    s.cell = null;
  } else if (tag === 'tr' && s.row && s.tableDepth === 1) {
    s.out.push(s.row.join('\t'));
    s.row = null;
  } else if (tag === 'table') {
    s.tableDepth = Math.max(0, s.tableDepth - 1);
    if (s.tableDepth === 0) s.out.push('');
  }
}

/** Turns mammoth's HTML into plan-text lines. Exported for tests of odd HTML. */
export function htmlToPlanText(html: string): string {
  const s: State = { out: [], text: '', lists: [], row: null, cell: null, tableDepth: 0 };
  for (const m of html.matchAll(TOKEN)) {
    if (m[3] !== undefined) s.text += decode(m[3]);
    else if (m[1] === '/') closeTag(s, (m[2] ?? '').toLowerCase());
    else openTag(s, (m[2] ?? '').toLowerCase());
  }
  flush(s, 'para');
  const lines = s.out.flatMap((l) => l.split('\n'));
  const collapsed = lines.filter((l, i) => !(l === '' && lines[i - 1] === ''));
  return collapsed.join('\n').trim();
}

export async function docxToPlanText(buffer: Uint8Array): Promise<string> {
  // Loaded on first use: the parse worker starts faster for text files, which never need it.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
  );
  return htmlToPlanText(result.value);
}
