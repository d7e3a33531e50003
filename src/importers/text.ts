// Line model and small text helpers shared by the plan parser. Every regex here is anchored or uses
// negated character classes only, so each call is linear in the line length.

/** One physical line of the source, 1-based. Whitespace-only lines count as blank (page-break artefacts). */
export interface Line {
  no: number;
  raw: string;
  blank: boolean;
}

/** A non-blank line with its surroundings, the unit all section parsers walk over. */
export interface Item {
  no: number;
  raw: string;
  /** Trimmed, markup kept. */
  text: string;
  isRow: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
}

export function toLines(text: string): Line[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return clean.split('\n').map((raw, i) => ({ no: i + 1, raw, blank: raw.trim() === '' }));
}

export function toItems(lines: Line[]): Item[] {
  const items: Item[] = [];
  let blankBefore = true;
  for (const line of lines) {
    if (line.blank) {
      blankBefore = true;
      const last = items[items.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    items.push({
      no: line.no,
      raw: line.raw,
      text: line.raw.trim(),
      isRow: line.raw.includes('\t'),
      blankBefore,
      blankAfter: false,
    });
    blankBefore = false;
  }
  const last = items[items.length - 1];
  if (last) last.blankAfter = true;
  return items;
}

export function collapse(s: string): string {
  if (!/\s\s|[^\S ]/.test(s)) return s.trim();
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes the markup remnants the text extraction leaves (`**`, `*…*`, `<i>` and friends) for titles and names. */
export function stripMarkup(s: string): string {
  if (!s.includes('*') && !s.includes('<')) return collapse(s);
  let out = s.replace(/\*\*/g, '').replace(/<\/?(?:i|b|em|strong|u)>/gi, '');
  out = out.replace(/\*([^*\n]+)\*/g, '$1');
  return collapse(out);
}

/** The comparison key for exact-line headings: markup stripped, whitespace collapsed, lower case. */
export function headingKey(s: string): string {
  // No heading is this long; skipping the work keeps body paragraphs cheap.
  if (s.length > 400) return '\u0000';
  return stripMarkup(s).toLowerCase();
}

const FUNCTION_WORDS = new Set([
  'och',
  'i',
  'som',
  'med',
  'av',
  'till',
  'för',
  'att',
  'på',
  'om',
  'eller',
  'samt',
  'en',
  'ett',
  'det',
  'den',
  'de',
  'från',
  'genom',
  'vid',
  'under',
  'mellan',
  'efter',
  'inom',
  'utan',
  'där',
  'hos',
  'mot',
  'kring',
  'än',
  'så',
  'men',
  'vilket',
  'vilka',
  'deras',
  'dess',
  'sin',
  'sina',
  'sitt',
  'vår',
  'våra',
  'är',
  'har',
  'ska',
  'kan',
  'blir',
  'inte',
  'alla',
  'andra',
]);

export function lastWord(s: string): string {
  const t = s.trimEnd();
  const cut = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
  return t.slice(cut + 1).toLowerCase();
}

export function endsWithFunctionWord(s: string): boolean {
  return FUNCTION_WORDS.has(lastWord(s));
}

export function startsLowercase(s: string): boolean {
  const c = s.trimStart().charAt(0);
  return c !== '' && c !== c.toUpperCase() && c === c.toLowerCase();
}

export function startsUppercase(s: string): boolean {
  const c = s.trimStart().charAt(0);
  return c !== '' && c !== c.toLowerCase() && c === c.toUpperCase();
}

const TERMINAL = new Set(['.', '!', '?', ':', ';', ')', '”', '"']);

export function endsTerminal(s: string): boolean {
  return TERMINAL.has(s.trimEnd().slice(-1));
}

/** "icke-" at a line end: a word broken at its hyphen. Looks only at the last two characters. */
function endsWithBrokenWord(s: string): boolean {
  return /^\p{L}-$/u.test(s.trimEnd().slice(-2));
}

const LIST_ITEM = /^(?:-|–|\d{1,2}[.)])(?:\s|(?=\p{L}))/u;

export function isListItem(s: string): boolean {
  return LIST_ITEM.test(s.trimStart());
}

/**
 * Whether a paragraph was cut by a page break: the earlier part lacks terminal punctuation and
 * the later part continues it (lower-case start, a dangling function word, comma or hyphen, or a short
 * tail after a long unfinished sentence).
 */
export function isSplitContinuation(prev: string, cur: string, prevIsList = isListItem(prev)): boolean {
  const p = prev.trimEnd();
  const c = cur.trim();
  if (p === '' || c === '' || endsTerminal(p)) return false;
  if (isListItem(c) && !startsLowercase(c)) return false;
  if (startsLowercase(c)) return true;
  if (endsWithBrokenWord(p) || p.endsWith(',')) return true;
  if (endsWithFunctionWord(p)) return true;
  return p.length >= 100 && c.length <= 40 && !prevIsList;
}

export function joinSplit(prev: string, cur: string): string {
  const c = cur.trim();
  if (endsWithBrokenWord(prev) && /^\p{L}/u.test(c)) return prev.trimEnd() + c;
  return `${prev.trimEnd()} ${c}`;
}

/** Normalises list markers to Markdown: "-text" → "- text", " - text" → "  - text". */
function toMarkdownLine(item: Item): string {
  const indent = /^ +[-–]/.test(item.raw) ? '  ' : '';
  const t = item.text;
  const m = /^[-–](?=\p{L})/u.exec(t);
  if (m) return `${indent}- ${t.slice(1)}`;
  if (/^[-–]\s/.test(t)) return `${indent}- ${t.slice(2).trim()}`;
  return t;
}

interface Part {
  pieces: string[];
  tail: string;
  kind: 'text' | 'list' | 'row';
  /** For rows: whether this row starts a table (its header row). */
  header: boolean;
}

function rowLine(item: Item): { line: string; cells: number } {
  const cells = item.raw.split('\t').map((c) => collapse(c).replace(/\|/g, '\\|'));
  return { line: `| ${cells.join(' | ')} |`, cells: cells.length };
}

function rowPart(item: Item, last: Part | undefined): Part {
  const { line, cells } = rowLine(item);
  const header = last?.kind !== 'row' || item.blankBefore;
  const text = header ? `${line}\n|${' --- |'.repeat(cells)}` : line;
  return { pieces: [text], tail: '', kind: 'row', header };
}

/**
 * Turns the items of one field or section into Markdown: paragraphs separated by blank lines, list
 * items kept as `- `/`1. ` lists, TAB rows as tables with the first row as header, page-break splits
 * re-joined. Checks look at a bounded tail of the paragraph being built, so long chains stay linear.
 */
export function itemsToMarkdown(items: Item[], onJoin?: (line: number) => void): string {
  const parts: Part[] = [];
  for (const item of items) {
    const last = parts[parts.length - 1];
    if (item.isRow) {
      parts.push(rowPart(item, last));
      continue;
    }
    if (
      last &&
      last.kind !== 'row' &&
      item.blankBefore &&
      isSplitContinuation(last.tail, item.text, last.kind === 'list')
    ) {
      const joined = joinSplit(last.tail, item.text);
      onJoin?.(item.no);
      last.pieces.push(joined.slice(last.tail.trimEnd().length));
      last.tail = joined.slice(-TAIL);
      continue;
    }
    const text = toMarkdownLine(item);
    const kind = isListItem(item.text) ? 'list' : 'text';
    parts.push({ pieces: [text], tail: text.slice(-TAIL), kind, header: false });
  }
  let out = '';
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    const tight =
      prev && ((prev.kind === 'list' && part.kind === 'list') || (part.kind === 'row' && !part.header));
    if (prev) out += tight ? '\n' : '\n\n';
    out += part.pieces.join('');
  });
  return out;
}

const TAIL = 120;
