// Indicator and activity tables under goals. Rows cut by a page break come back
// as a repeated header followed by a fragment row; fragments are merged into the row they continue.
import type { ParsedActivity, ParsedIndicator } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { parsePeriodicity, parseTarget } from './target-value.ts';
import { collapse, type Item, startsLowercase, stripMarkup } from './text.ts';

export type TableKind = 'indicator' | 'activity';

const MAX_CONTINUATIONS = 4;

export function cellsOf(item: Item): string[] {
  return item.raw.split('\t');
}

export function tableKind(item: Item): TableKind | null {
  const cells = cellsOf(item).map((c) => collapse(c).toLowerCase());
  if (cells[0] === 'indikator' && (cells[1] ?? '').startsWith('årsmål')) return 'indicator';
  if (cells[0] === 'aktivitet' && (cells[1] ?? '').startsWith('startdatum')) return 'activity';
  return null;
}

function valueCell(cell: string | undefined): string | null {
  const v = collapse(cell ?? '');
  return v === '' ? null : v;
}

function unbalanced(s: string): boolean {
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}

function appendText(a: string | null, b: string | null): string | null {
  if (b === null) return a;
  return a === null ? b : `${a} ${b}`;
}

interface RowContext {
  afterHeader: boolean;
  sink: Sink;
}

export function addIndicatorRow(list: ParsedIndicator[], item: Item, ctx: RowContext): void {
  const cells = cellsOf(item);
  let nameRaw = cells[0] ?? '';
  const glyph = /^\s*[♀♂]/.test(nameRaw);
  const levelSignal = glyph ? 'unknown' : nameRaw.startsWith(' ') ? 'council' : 'local';
  nameRaw = nameRaw.replace(/[♀♂]/g, ' ');
  let name = stripMarkup(nameRaw);
  const paragraphMarked = /(?:^|\s)§$/.test(name);
  if (paragraphMarked) name = name.replace(/\s*§$/, '');
  const [target, council, period] = [valueCell(cells[1]), valueCell(cells[2]), valueCell(cells[3])];
  const extra = cells
    .slice(4)
    .map(collapse)
    .filter((c) => c !== '');
  if (extra.length > 0) {
    ctx.sink.warn(
      item.no,
      'table_extra_cells',
      `Indikatorraden på rad ${item.no} har fler än fyra celler; de extra cellerna har lagts i namnet.`,
    );
    name = collapse(`${name} ${extra.join(' ')}`);
  }
  const prev = list[list.length - 1];
  const valuesEmpty = target === null && council === null && period === null;
  // A row is continued at most a few times; more fragments are kept as rows of their own.
  const continues =
    prev !== undefined &&
    prev.continuationLines.length < MAX_CONTINUATIONS &&
    (name === '' || (valuesEmpty && (ctx.afterHeader || startsLowercase(name) || unbalanced(prev.name))));
  if (prev && continues) {
    if (name !== '') prev.name = `${prev.name} ${name}`;
    prev.targetText = appendText(prev.targetText, target);
    prev.councilTargetText = appendText(prev.councilTargetText, council);
    prev.periodicityText = appendText(prev.periodicityText, period);
    prev.target = parseTarget(prev.targetText);
    prev.councilTarget = parseTarget(prev.councilTargetText);
    prev.periodicity = parsePeriodicity(prev.periodicityText);
    prev.genderMarked ||= glyph;
    prev.continuationLines.push(item.no);
    ctx.sink.warn(
      item.no,
      'table_row_merged',
      `Raden ${item.no} fortsätter indikatorn på rad ${prev.line} efter en sidbrytning och har slagits ihop med den.`,
    );
    return;
  }
  list.push({
    name,
    targetText: target,
    target: parseTarget(target),
    councilTargetText: council,
    councilTarget: parseTarget(council),
    periodicity: parsePeriodicity(period),
    periodicityText: period,
    genderMarked: glyph,
    paragraphMarked,
    levelSignal,
    line: item.no,
    continuationLines: [],
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? text : null;
}

export function addActivityRow(list: ParsedActivity[], item: Item, ctx: RowContext): void {
  const cells = cellsOf(item);
  const title = stripMarkup(cells[0] ?? '');
  const startText = collapse(cells[1] ?? '');
  const endText = collapse(cells.slice(2).join(' '));
  const prev = list[list.length - 1];
  if (prev && startText === '' && endText === '' && prev.continuationLines.length < MAX_CONTINUATIONS) {
    prev.title = collapse(`${prev.title} ${title}`);
    prev.continuationLines.push(item.no);
    ctx.sink.warn(
      item.no,
      'table_row_merged',
      `Raden ${item.no} fortsätter aktiviteten på rad ${prev.line} och har slagits ihop med den.`,
    );
    return;
  }
  const start = isoDate(startText);
  const end = isoDate(endText);
  if ((startText !== '' && !start) || (endText !== '' && !end)) {
    ctx.sink.warn(
      item.no,
      'activity_invalid_date',
      `Aktiviteten på rad ${item.no} har ett datum som inte är på formen ÅÅÅÅ-MM-DD.`,
    );
  }
  list.push({
    title,
    start,
    end,
    startText,
    endText,
    outsideYear: false,
    line: item.no,
    continuationLines: [],
  });
}

/** Flags activities that do not lie within the plan year (multi-year ranges and probable typos). */
export function flagActivityYears(list: ParsedActivity[], year: number | null, sink: Sink): void {
  if (year === null) return;
  for (const a of list) {
    const outside =
      (a.start !== null && a.start < `${year}-01-01`) || (a.end !== null && a.end > `${year}-12-31`);
    a.outsideYear = outside;
    if (outside) {
      sink.warn(
        a.line,
        'activity_outside_year',
        `Aktiviteten "${a.title}" (${a.startText}–${a.endText}) ligger helt eller delvis utanför planåret ${year}. Kontrollera datumen.`,
      );
    }
  }
}
