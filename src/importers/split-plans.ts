// Plan boundaries in concatenated files: a plan starts at its author line ("Handläggare",
// garbled "Vandläggare"/"Wandläggare"), or — when a plan has no author block — at its "Till" block or
// title. Letterhead lines (Dnr, Sid, date) directly above the author line belong to the same plan.
import { goalHeading, isIntroHeading, isTocHeading } from './headings.ts';
import { headingKey, type Line, stripMarkup } from './text.ts';

const AUTHOR = /^[a-zåäö]?andläggare:?$/;
const TITLE = /^(v)?erksamhetsplan (\d{4})(?:\s+för\s+(\S.*))?$/i;
const LETTERHEAD = /^(?:dnr\b.*|sid \d+ \(\d+\)|\d{4}-\d{2}-\d{2})$/;

export function isAuthorLabel(text: string): boolean {
  return AUTHOR.test(headingKey(text));
}

export function parseTitle(text: string): { year: number; unit: string | null; lostLetter: boolean } | null {
  const m = TITLE.exec(stripMarkup(text));
  if (!m) return null;
  return { year: Number(m[2]), unit: m[3] ? m[3].trim() : null, lostLetter: m[1] === undefined };
}

function nextNonBlank(lines: Line[], from: number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) {
    const line = lines[i]!;
    if (!line.blank) out.push(line);
  }
  return out;
}

function isAuthorStart(lines: Line[], i: number): boolean {
  if (!isAuthorLabel(lines[i]!.raw)) return false;
  return nextNonBlank(lines, i + 1, 8).some((l) => {
    const key = headingKey(l.raw);
    return key === 'till' || key.startsWith('telefon');
  });
}

function isTitleStart(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.raw.includes('\t') || !parseTitle(line.raw)) return false;
  return nextNonBlank(lines, i + 1, 12).some((l) => {
    const key = headingKey(l.raw);
    return (
      isTocHeading(l.raw) ||
      isIntroHeading(l.raw) ||
      key === 'förslag till beslut' ||
      goalHeading(l.raw) !== null
    );
  });
}

/** Moves a start up over the letterhead lines and "Till" block that precede it. */
function extendUp(lines: Line[], start: number, stopAt: number, allowTill: boolean): number {
  let best = start;
  let seen = 0;
  for (let i = start - 1; i > stopAt && seen < 8; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    const key = headingKey(line.raw);
    if (LETTERHEAD.test(key)) best = i;
    else if (allowTill && key === 'till') best = i;
    else if (!allowTill) break;
  }
  return best;
}

/** Indices (into `lines`) where plans start; empty when nothing looks like a plan. */
export function findPlanStarts(lines: Line[]): number[] {
  const authorStarts: number[] = [];
  const titles: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    if (isAuthorStart(lines, i))
      authorStarts.push(extendUp(lines, i, authorStarts[authorStarts.length - 1] ?? -1, false));
    else if (isTitleStart(lines, i)) titles.push(i);
  }
  const starts = [...authorStarts];
  let a = -1;
  let prevTitle = -1;
  let prevStart = -1;
  for (const t of titles) {
    while (a + 1 < authorStarts.length && authorStarts[a + 1]! <= t) a++;
    const s = a >= 0 ? authorStarts[a]! : -1;
    const covered = s >= 0 && t - s <= 40 && prevTitle < s;
    if (!covered) {
      const start = extendUp(lines, t, Math.max(s, prevStart), true);
      starts.push(start);
      prevStart = start;
    }
    prevTitle = t;
  }
  starts.sort((x, y) => x - y);
  const unique = starts.filter((x, i) => i === 0 || x !== starts[i - 1]);
  if (unique.length === 0) {
    const planLike = lines.some(
      (l) => !l.raw.includes('\t') && (goalHeading(l.raw) !== null || isIntroHeading(l.raw)),
    );
    return planLike ? [0] : [];
  }
  unique[0] = 0;
  return unique;
}
