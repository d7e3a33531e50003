// The goal chain: KF inriktningsmål → KF mål → nämndmål → enhetsmål, with
// template fields and the indicator/activity tables that follow each heading.

import { GOAL_LEVEL_LABEL, GOAL_LEVELS } from '../shared/vocabulary.ts';
import { addActivityRow, addIndicatorRow, cellsOf, type TableKind, tableKind } from './goal-tables.ts';
import { fieldHeading, goalHeading, splitNumber } from './headings.ts';
import type { FieldName, GoalLevel, ParsedGoal } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { collapse, type Item, itemsToMarkdown, stripMarkup } from './text.ts';

interface State {
  roots: ParsedGoal[];
  stack: ParsedGoal[];
  fieldItems: Map<ParsedGoal, Map<FieldName, Item[]>>;
  field: FieldName | null;
  table: { goal: ParsedGoal; kind: TableKind | null } | null;
  pending: Item[];
  /** Where the row just read sits relative to a header; a repeated header marks a page break. */
  afterHeader: 'none' | 'first' | 'repeated';
  sink: Sink;
}

function current(s: State): ParsedGoal | undefined {
  return s.stack[s.stack.length - 1];
}

function flushUnplaced(s: State): void {
  if (s.pending.length === 0) return;
  const goal = current(s);
  s.sink.unplace(
    s.pending,
    goal ? `under ${GOAL_LEVEL_LABEL[goal.level]} "${goal.title}" utan fältrubrik` : 'före första målet',
  );
  s.pending = [];
}

function openGoal(
  s: State,
  level: GoalLevel,
  rest: string,
  headingLines: string[],
  line: number,
): ParsedGoal {
  const { number, title } = splitNumber(rest);
  const goal: ParsedGoal = {
    level,
    number,
    title: collapse(stripMarkup(title)),
    headingLines,
    line,
    fields: {},
    fieldHeadings: [],
    sections: [],
    indicators: [],
    councilTargetLabel: null,
    activities: [],
    children: [],
  };
  while (s.stack.length > 0 && GOAL_LEVELS.indexOf(current(s)!.level) >= GOAL_LEVELS.indexOf(level))
    s.stack.pop();
  const parent = current(s);
  if (parent) parent.children.push(goal);
  else {
    s.roots.push(goal);
    if (level !== 'city_direction') {
      s.sink.warn(
        line,
        'goal_parent_missing',
        `${GOAL_LEVEL_LABEL[level]} på rad ${line} saknar överordnat mål och har lagts på översta nivån.`,
      );
    }
  }
  s.stack.push(goal);
  s.fieldItems.set(goal, new Map());
  s.field = null;
  return goal;
}

function setField(s: State, goal: ParsedGoal, item: Item, printed: string): void {
  const heading = fieldHeading(printed);
  if (!heading) return;
  if (goal.sections.includes(heading.canonical)) {
    s.sink.warn(
      item.no,
      'duplicate_heading',
      `Rubriken "${printed}" förekommer flera gånger under samma mål (rad ${item.no}); texten har slagits ihop.`,
    );
  } else goal.sections.push(heading.canonical);
  goal.fieldHeadings.push({
    field: heading.field,
    canonical: heading.canonical,
    printed: stripMarkup(printed),
    line: item.no,
  });
  s.field = heading.field;
}

function handleRow(s: State, item: Item): void {
  flushUnplaced(s);
  const goal = current(s);
  const kind = tableKind(item);
  if (!goal) {
    s.sink.unplace([item], 'tabell före första målet');
    return;
  }
  if (kind) {
    const repeated = s.table !== null && s.table.goal === goal && s.table.kind === kind;
    s.table = { goal, kind };
    if (kind === 'indicator' && goal.councilTargetLabel === null)
      goal.councilTargetLabel = collapse(cellsOf(item)[2] ?? '');
    s.afterHeader = repeated ? 'repeated' : 'first';
    return;
  }
  if (!s.table || s.table.goal !== goal || s.table.kind === null) {
    s.sink.unplace([item], `tabellrad utan känd rubrikrad under "${goal.title}"`);
    return;
  }
  const ctx = { afterHeader: s.afterHeader === 'repeated', sink: s.sink };
  s.afterHeader = 'none';
  if (s.table.kind === 'indicator') addIndicatorRow(goal.indicators, item, ctx);
  else addActivityRow(goal.activities, item, ctx);
}

function handleText(s: State, items: Item[], i: number): number {
  const item = items[i]!;
  s.table = null;
  const gh = goalHeading(item.text);
  if (gh) {
    flushUnplaced(s);
    let rest = gh.rest;
    const lines = [stripMarkup(item.text)];
    let consumed = i;
    const next = items[i + 1];
    if (rest === '' && next && !next.isRow && !goalHeading(next.text) && !fieldHeading(next.text)) {
      rest = stripMarkup(next.text);
      lines.push(rest);
      consumed = i + 1;
    }
    if (rest === '')
      s.sink.warn(item.no, 'goal_title_missing', `Målrubriken på rad ${item.no} saknar måltext.`);
    const goal = openGoal(s, gh.level, rest, lines, item.no);
    if (gh.fusedField) setField(s, goal, item, gh.fusedField);
    return consumed;
  }
  const goal = current(s);
  if (fieldHeading(item.text)) {
    flushUnplaced(s);
    if (goal) setField(s, goal, item, item.text);
    else s.pending.push(item);
    return i;
  }
  if (goal && s.field) addFieldItem(s, goal, s.field, item);
  else s.pending.push(item);
  return i;
}

function addFieldItem(s: State, goal: ParsedGoal, field: FieldName, item: Item): void {
  const map = s.fieldItems.get(goal);
  const list = map?.get(field);
  if (list) list.push(item);
  else map?.set(field, [item]);
}

export function parseGoals(items: Item[], sink: Sink): ParsedGoal[] {
  const s: State = {
    roots: [],
    stack: [],
    fieldItems: new Map(),
    field: null,
    table: null,
    pending: [],
    afterHeader: 'none',
    sink,
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.isRow) handleRow(s, item);
    else i = handleText(s, items, i);
  }
  flushUnplaced(s);
  for (const [goal, fields] of s.fieldItems) {
    for (const [field, list] of fields) goal.fields[field] = itemsToMarkdown(list, s.sink.joined);
  }
  return s.roots;
}
