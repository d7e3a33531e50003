// Letterhead, author block, addressee and title (seed-spec §2.2), including the 2022 "Förslag till
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

export function parseFront(items: Item[], sink: Sink): FrontMatter {
  const front = emptyFront();
  const unplaced: Item[] = [];
  let expectAuthor = false;
  let inProposal = false;
  const proposal: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const text = stripMarkup(item.text);
    const key = text.toLowerCase();
    const dnr = /^dnr:?\s*(.*)$/i.exec(text);
    const phone = /^telefon:?\s*(.*)$/i.exec(text);
    if (dnr) front.dnr = dnr[1] || null;
    else if (/^sid \d+ \(\d+\)$/.test(key)) front.pageHeader = text;
    else if (isAuthorLabel(text)) {
      front.authorLabel = text;
      expectAuthor = true;
      if (key !== 'handläggare')
        sink.warn(
          item.no,
          'author_label_misspelled',
          `Rubriken "${text}" på rad ${item.no} har tolkats som "Handläggare".`,
        );
    } else if (phone) front.phone = phone[1] || null;
    else if (key === 'till') {
      const block = takeBlock(items, i + 1);
      front.addressee = block.text || null;
      i = block.end;
    } else if (DATE.test(key)) {
      if (front.addressee !== null) front.date = text;
      else front.letterDate = text;
    } else if (parseTitle(item.text)) i = readTitle(front, items, i, sink);
    else if (key === 'förslag till beslut') {
      front.hasDecisionProposal = true;
      inProposal = true;
    } else if (expectAuthor && front.author === null) front.author = text;
    else if (inProposal && (ADDRESS_LIKE.test(text) || text === front.unit || text.length <= 60))
      front.addressBlock.push(text);
    else if (inProposal) proposal.push(text);
    else unplaced.push(item);
    if (front.author !== null) expectAuthor = false;
  }
  front.decisionProposal = proposal.length > 0 ? proposal.join('\n\n') : null;
  if (front.addressee && /nämnd/i.test(front.addressee)) front.board = front.addressee;
  if (unplaced.length > 0) sink.unplace(unplaced, 'försättssidan');
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
