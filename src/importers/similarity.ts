// Tolerant text comparison for linking imported goals, organisations and activities to stored ones.
// Copy drift between plans is whitespace, case, markup, hyphenation, trailing dots
// and single-letter typos; a normalised edit distance of at most 10 % absorbs it.

const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lower-case, markup-free, single-spaced text without trailing punctuation, for comparisons only. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<\/?[a-z]+>/gi, ' ')
    .replace(/[*_`]+/g, '')
    .replace(DASHES, '-')
    .replace(/[\u201c\u201d\u201e"«»]/g, '"')
    .replace(/[♀♂§]/g, ' ')
    .replace(/\s*-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!]+$/, '')
    .toLowerCase();
}

/**
 * Levenshtein distance, or Infinity once it must exceed `max`; a band of width 2·max keeps
 * long texts linear in their length.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY;
  if (a === b) return 0;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    curr.fill(Number.POSITIVE_INFINITY);
    curr[0] = i;
    let rowMin = from === 1 ? i : Number.POSITIVE_INFINITY;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(prev[j - 1]! + cost, prev[j]! + 1, curr[j - 1]! + 1);
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    [prev, curr] = [curr, prev];
  }
  const result = prev[n]!;
  return result > max ? Number.POSITIVE_INFINITY : result;
}

/** Share of equal words (Dice coefficient over word multisets), 0–1. */
export function tokenSimilarity(a: string, b: string): number {
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      common++;
      counts.set(w, left - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

export type Likeness = 'same' | 'drifted' | 'different';

/**
 * 'same' after normalisation, 'drifted' when within 10 % edits or 90 % shared words (a typo or a
 * changed word), 'different' otherwise.
 */
export function compareTexts(a: string, b: string): Likeness {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return 'same';
  const max = Math.floor(Math.max(na.length, nb.length) * 0.1);
  if (boundedDistance(na, nb, max) <= max) return 'drifted';
  if (Math.min(na.length, nb.length) >= 40 && tokenSimilarity(na, nb) >= 0.9) return 'drifted';
  return 'different';
}

/** The first differing words of two texts, for a warning that says what differs. */
export function firstDifference(printed: string, stored: string): { printed: string; stored: string } | null {
  const a = normaliseText(printed).split(' ');
  const b = normaliseText(stored).split(' ');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return null;
  return { printed: a.slice(i, i + 3).join(' '), stored: b.slice(i, i + 3).join(' ') };
}

/** The best-scoring candidate that is not 'different', preferring 'same' and then `prefer`. */
export function bestMatch<T>(
  text: string,
  candidates: readonly T[],
  textOf: (c: T) => string,
  prefer: (c: T) => boolean = () => false,
): { match: T; likeness: Likeness } | undefined {
  let best: { match: T; likeness: Likeness; score: number } | undefined;
  for (const c of candidates) {
    const likeness = compareTexts(text, textOf(c));
    if (likeness === 'different') continue;
    const score = (likeness === 'same' ? 2 : 0) + (prefer(c) ? 1 : 0);
    if (!best || score > best.score) best = { match: c, likeness, score };
  }
  return best && { match: best.match, likeness: best.likeness };
}
