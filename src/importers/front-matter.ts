import { boardFromAddressee } from './document-organisations.ts';
// Letterhead, author block, addressee and title, including the 2022 "Förslag till
// beslut" heading with its address block, and the table of contents with its attachment list.
import type { FrontMatter } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { isAuthorLabel, parseTitle } from './split-plans.ts';
import { collapse, headingKey, type Item, isSplitContinuation, stripMarkup } from './text.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ADDRESS_LIKE =
  /@|^start\.stockholm$|^www\.|\.se$|^[\d\s/+-]{6,}$|^\p{L}[\p{L}\s.-]*\s\d{1,4}\s?[A-Za-z]?$/u;

export function emptyFront(): FrontMatter {
  return {
    author: null,
    authorLabel: null,
    phone: null,
    addressee: null,
    date: null,
    letterDate: null,
    dnr: null,
    pageHeader: null,
    title: null,
    titlePrinted: null,
    unit: null,
    unitLine: null,
    board: null,
    year: null,
    decisionProposal: null,
    hasDecisionProposal: false,
    addressBlock: [],
    attachments: [],
    tableOfContents: [],
  };
}

function isStop(item: Item): boolean {
  const key = headingKey(item.text);
  return (
    DATE.test(key) ||
    key.startsWith('telefon') ||
    key === 'förslag till beslut' ||
    parseTitle(item.text) !== null
  );
}

/**
 * Consecutive lines starting at `from` (the first may follow a blank line): split values like the
 * addressee. A blank line is crossed only when the value so far is visibly unfinished ("… och").
 */
function takeBlock(items: Item[], from: number): { text: string; end: number } {
  const parts: string[] = [];
  let j = from;
  while (j < items.length && !isStop(items[j]!)) {
    const item = items[j]!;
    if (j > from && item.blankBefore && !isSplitContinuation(parts.join(' '), item.text)) break;
    parts.push(stripMarkup(item.text));
    j++;
  }
  return { text: collapse(parts.join(' ')), end: j - 1 };
}

function readTitle(front: FrontMatter, items: Item[], i: number, sink: Sink): number {
  const item = items[i]!;
  const title = parseTitle(item.text)!;
  front.titlePrinted = stripMarkup(item.text);
  front.year = title.year;
  if (title.lostLetter) {
    sink.warn(
      item.no,
      'title_first_letter_lost',
      `Titeln på rad ${item.no} saknar första bokstaven ("${front.titlePrinted}"); den har tolkats som "Verksamhetsplan".`,
    );
  }
  front.title = title.lostLetter ? `V${front.titlePrinted}` : front.titlePrinted;
  if (title.unit !== null) front.unit = stripMarkup(title.unit);
  const next = items[i + 1];
  if (!next || headingKey(next.text) === 'förslag till beslut') return i;
  const block = takeBlock(items, i + 1);
  if (block.text === '') return i;
  if (title.unit === null) front.unit = block.text;
  else front.unitLine = block.text;
  return block.end;
}

interface FrontState {
  front: FrontMatter;
  /** Fields already read; a second occurrence is left unplaced rather than overwriting the first. */
  seen: Set<string>;
  expectAuthor: boolean;
  inProposal: boolean;
  proposal: string[];
}

function once(st: FrontState, field: string): boolean {
  if (st.seen.has(field)) return false;
  st.seen.add(field);
  return true;
}

/** Reads the letterhead and author lines; returns false when the item is none of them. */
function readLabelled(st: FrontState, item: Item, text: string, sink: Sink): boolean {
  const f = st.front;
  const key = text.toLowerCase();
  const dnr = /^dnr:?\s*(.*)$/i.exec(text);
  const phone = /^telefon:?\s*(.*)$/i.exec(text);
  if (dnr && once(st, 'dnr')) f.dnr = dnr[1] || null;
  else if (/^sid \d+ \(\d+\)$/.test(key) && once(st, 'page')) f.pageHeader = text;
  else if (isAuthorLabel(text) && once(st, 'authorLabel')) {
    f.authorLabel = text;
    st.expectAuthor = true;
    if (key !== 'handläggare') {
      sink.warn(
        item.no,
        'author_label_misspelled',
        `Rubriken "${text}" på rad ${item.no} har tolkats som "Handläggare".`,
      );
    }
  } else if (phone && once(st, 'phone')) f.phone = phone[1] || null;
  else if (DATE.test(key) && once(st, f.addressee !== null ? 'date' : 'letterDate')) {
    if (f.addressee !== null) f.date = text;
    else f.letterDate = text;
  } else return false;
  return true;
}

/** Groups indices into runs of consecutive items, so each unplaced block is contiguous text. */
function runs(indices: number[]): number[][] {
  const out: number[][] = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

export function parseFront(items: Item[], sink: Sink): FrontMatter {
  const st: FrontState = {
    front: emptyFront(),
    seen: new Set(),
    expectAuthor: false,
    inProposal: false,
    proposal: [],
  };
  const front = st.front;
  const unplaced: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const text = stripMarkup(item.text);
    const key = text.toLowerCase();
    if (readLabelled(st, item, text, sink)) continue;
    if (key === 'till' && once(st, 'till')) {
      const block = takeBlock(items, i + 1);
      front.addressee = block.text || null;
      i = block.end;
    } else if (parseTitle(item.text) && once(st, 'title')) i = readTitle(front, items, i, sink);
    else if (key === 'förslag till beslut' && once(st, 'proposal')) {
      front.hasDecisionProposal = true;
      st.inProposal = true;
    } else if (st.expectAuthor && front.author === null) front.author = text;
    else if (st.inProposal && (ADDRESS_LIKE.test(text) || text === front.unit || text.length <= 60)) {
      front.addressBlock.push(text);
    } else if (st.inProposal) st.proposal.push(text);
    else unplaced.push(i);
    if (front.author !== null) st.expectAuthor = false;
  }
  front.decisionProposal = st.proposal.length > 0 ? st.proposal.join('\n\n') : null;
  front.board = boardFromAddressee(front.addressee);
  for (const run of runs(unplaced))
    sink.unplace(
      run.map((i) => items[i]!),
      'försättssidan',
    );
  return front;
}

/**
 * TOC entries ("text⇥page", optionally with a dotted leader) and the "Bilagor" list that may follow.
 * Returns the items after them that are neither, for the caller to place.
 */
export function parseToc(front: FrontMatter, items: Item[]): Item[] {
  const rest: Item[] = [];
  let inAttachments = false;
  for (const item of items) {
    const entry = item.isRow || /\.{3,}\s*\d+$/.test(item.text.slice(-40));
    if (entry && !inAttachments && rest.length === 0) front.tableOfContents.push(collapse(item.raw));
    else if (headingKey(item.text) === 'bilagor') inAttachments = true;
    else if (inAttachments) front.attachments.push(stripMarkup(item.text));
    else rest.push(item);
  }
  return rest;
}
