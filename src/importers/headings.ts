// Heading vocabulary of the legacy template. Headings are matched on whole
// lines, never by prefix, because body lines often start with heading words ("Uppföljning av …").
import {
  GOAL_LEVEL_LABEL,
  GOAL_LEVELS,
  GOAL_TEXT_FIELD_LABEL,
  GOAL_TEXT_FIELDS,
} from '../shared/vocabulary.ts';
import type { FieldName, GoalLevel } from './parsed-plan.ts';
import {
  endsWithFunctionWord,
  headingKey,
  type Item,
  isListItem,
  startsLowercase,
  startsUppercase,
  stripMarkup,
} from './text.ts';

/** Printed field headings, including the misspellings found in real plans, mapped to the field. */
const FIELD_HEADINGS: Record<string, FieldName> = {
  ...(Object.fromEntries(GOAL_TEXT_FIELDS.map((f) => [GOAL_TEXT_FIELD_LABEL[f].toLowerCase(), f])) as Record<
    string,
    FieldName
  >),
  'förväntade resultat': 'expectedResults',
  arbetsätt: 'waysOfWorking',
  'arbets sätt': 'waysOfWorking',
};

export function fieldHeading(text: string): { field: FieldName; canonical: string } | null {
  const key = headingKey(text).replace(/:$/, '');
  const field = FIELD_HEADINGS[key];
  return field ? { field, canonical: GOAL_TEXT_FIELD_LABEL[field] } : null;
}

/** "Nämndmål", "Nämndmål:" or "Nämndmål: 1.2 Text" at the start of a line. */
const GOAL_LABELS: { re: RegExp; level: GoalLevel }[] = GOAL_LEVELS.map((level) => ({
  re: new RegExp(`^${GOAL_LEVEL_LABEL[level]}(?::\\s*|\\s*$)`, 'i'),
  level,
}));

const FUSED_FIELD =
  /\*\*(Beskrivning|Förväntat resultat|Arbetss?ätt|Uppföljning|Utveckling|Resursanvändning)\*\*$/;

export interface GoalHeading {
  level: GoalLevel;
  /** Everything after the label, markup stripped; empty for a 2020-style label on its own line. */
  rest: string;
  fusedField: string | null;
}

export function goalHeading(text: string): GoalHeading | null {
  let raw = text.trim();
  let fusedField: string | null = null;
  const fused = FUSED_FIELD.exec(raw);
  if (fused) {
    fusedField = fused[1] ?? null;
    raw = raw.slice(0, fused.index);
  }
  const plain = stripMarkup(raw);
  for (const { re, level } of GOAL_LABELS) {
    const m = re.exec(plain);
    if (m) return { level, rest: plain.slice(m[0].length).trim(), fusedField };
  }
  return null;
}

/** Splits "1.4. I Stockholm …" into number "1.4" and title; numbers need a dot to tell them from text. */
export function splitNumber(rest: string): { number: string | null; title: string } {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,4}\.?)\s+(\S.*)$/.exec(rest);
  const number = m?.[1];
  if (!number?.includes('.')) return { number: null, title: rest };
  return { number: number.replace(/\.$/, ''), title: m?.[2] ?? '' };
}

export function isEconomyHeading(text: string): boolean {
  const key = headingKey(text);
  return key === 'redovisning av ekonomi' || key === 'uppföljning av ekonomi';
}

export function isOtherHeading(text: string): boolean {
  return headingKey(text) === 'övrigt';
}

export function isIntroHeading(text: string): boolean {
  return headingKey(text) === 'inledning';
}

export function isTocHeading(text: string): boolean {
  return headingKey(text) === 'innehållsförteckning';
}

export function isBudgetHeading(text: string): boolean {
  return /^budget(?: \d{4})?$/.test(headingKey(text));
}

const RECOMMENDED = [
  /^enhetens uppdrag$/,
  /^utvecklingsområden(?: \d{4})?$/,
  /^organisationsbeskrivning$/,
  /^(?:enhetens )?organisation$/,
  /^ledarskapsidé$/,
  /^medarbetarnas delaktighet$/,
  /^(?:vår )?verksamhetsidé(?: och värdegrund)?$/,
  /^verksamhetsbeskrivning$/,
  /^kvalitets- och utvecklingsarbete(?: \d{4})?$/,
  /^kompetensutveckling(?: \d{4})?$/,
  /^medarbetare$/,
  /^budget \d{4}$/,
  /^inledning$/,
  /^kvalitet$/,
  /^kvalitetsarbete$/,
  /^synpunkter och klagomål$/,
  /^bemötande$/,
  /^systematiskt kvalitetsarbete$/,
  /^agenda 2030$/,
  /^personalens medverkan i kvalitetsarbete$/,
  /^stadens kvalitetsprogram$/,
];

export function isRecommendedHeading(text: string): boolean {
  const key = headingKey(text);
  return RECOMMENDED.some((re) => re.test(key));
}

/**
 * A past-tense report ("har behandlats", "informerades", "antogs") or a date makes a line a statement,
 * not a title: "Enhetens verksamhetsplan har behandlats på APT 2020-02-12" is a sentence without its
 * full stop. Present-tense lines stay headings, since sub-headings often repeat goal titles ("… får …").
 */
const PAST_REPORT =
  /(?<!\p{L})(?:har|hade)\s+(?:\p{L}+\s+)?\p{L}+(?:at|it|tt|ats|its|tts)(?!\p{L})|(?<!\p{L})\p{L}{4,}(?:ades|ldes|rdes|ndes|ogs)(?!\p{L})/iu;
const DATE = /\d{4}-\d{2}-\d{2}|\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}* \d{4}/iu;

export function readsAsSentence(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (words >= 5 && PAST_REPORT.test(text)) || DATE.test(text);
}

/**
 * Whether a line inside Inledning or Övrigt is a sub-heading: a short stand-alone line that reads like a
 * title (no closing punctuation, no dangling function word) and is not continued by the next paragraph.
 */
export function isFreeHeading(item: Item, next: Item | undefined): boolean {
  if (item.isRow || !item.blankBefore || !item.blankAfter) return false;
  if (isRecommendedHeading(item.text)) return true;
  const text = stripMarkup(item.text);
  if (text.length === 0 || text.length > 150 || text.split(' ').length > 20) return false;
  if (/^-\p{Lu}/u.test(text)) return text.length <= 40 && !/[.,;!?]$/.test(text);
  if (isListItem(text) || !startsUppercase(text)) return false;
  if (/[.,;!?]$/.test(text)) return false;
  if (text.endsWith(':') && text.split(' ').length > 2) return false;
  if (endsWithFunctionWord(text.replace(/:$/, ''))) return false;
  if (readsAsSentence(text)) return false;
  return !(next && startsLowercase(next.text));
}
