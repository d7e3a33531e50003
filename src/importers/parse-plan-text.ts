// Entry point of the plan-text parser: splits a file into plans and each plan into front matter, TOC,
// Inledning, goal chain, economy and Övrigt. Pure: text in, data and warnings out.
import { emptyEconomy, parseEconomy } from './economy.ts';
import { parseFreeSections } from './free-sections.ts';
import { emptyFront, parseFront, parseToc } from './front-matter.ts';
import { flagActivityYears } from './goal-tables.ts';
import { parseGoals } from './goal-tree.ts';
import {
  goalHeading,
  isBudgetHeading,
  isEconomyHeading,
  isIntroHeading,
  isOtherHeading,
  isTocHeading,
} from './headings.ts';
import type { ImportWarning, ParsedGoal, ParsedPlan, ParseResult } from './parsed-plan.ts';
import { createSink, type Sink } from './sink.ts';
import { findPlanStarts } from './split-plans.ts';
import { headingKey, type Item, stripMarkup, toItems, toLines } from './text.ts';

interface Bounds {
  toc: number;
  intro: number;
  goals: number;
  economy: number;
  /** The economy section was found by its "Budget YYYY" heading, its own heading being absent. */
  economyUnheaded: boolean;
  other: number;
}

function findFrom(items: Item[], from: number, test: (item: Item) => boolean): number {
  for (let i = Math.max(0, from); i < items.length; i++) {
    const item = items[i]!;
    if (!item.isRow && test(item)) return i;
  }
  return -1;
}

function locate(items: Item[]): Bounds {
  const toc = findFrom(items, 0, (i) => isTocHeading(i.text));
  const intro = findFrom(items, toc, (i) => isIntroHeading(i.text));
  const goals = findFrom(items, Math.max(toc, intro), (i) => goalHeading(i.text) !== null);
  let economy = findFrom(items, Math.max(toc, intro, goals), (i) => isEconomyHeading(i.text));
  const economyUnheaded = economy < 0 && goals >= 0;
  if (economyUnheaded) economy = unheadedEconomy(items, goals);
  const other = findFrom(items, Math.max(toc, intro, goals, economy), (i) => isOtherHeading(i.text));
  return { toc, intro, goals, economy, economyUnheaded: economyUnheaded && economy >= 0, other };
}

/**
 * Without its own heading the economy section starts at the first "Budget YYYY" line after the last
 * goal heading, or at the "Resursanvändning" before it when that one breaks the enhetsmål field order
 * (it follows an Uppföljning, Utveckling or earlier Resursanvändning of the same goal).
 */
function unheadedEconomy(items: Item[], goals: number): number {
  let budget = -1;
  let resources = -1;
  let laterField = false;
  for (let i = goals; i < items.length && budget < 0; i++) {
    const item = items[i]!;
    if (item.isRow) continue;
    const key = headingKey(item.text);
    if (isOtherHeading(item.text)) break;
    if (goalHeading(item.text)) {
      resources = -1;
      laterField = false;
    } else if (isBudgetHeading(item.text)) budget = i;
    else if (key === 'resursanvändning') {
      if (laterField) resources = resources < 0 ? i : resources;
      laterField = true;
    } else if (key === 'uppföljning' || key === 'utveckling') laterField = true;
  }
  return resources >= 0 && budget >= 0 ? resources : budget;
}

/** End (exclusive) of the section starting at `start`: the next section start after it. */
function endOf(start: number, b: Bounds, total: number): number {
  const later = [b.toc, b.intro, b.goals, b.economy, b.other].filter((x) => x > start);
  return later.length === 0 ? total : Math.min(...later);
}

function walkGoals(goals: ParsedGoal[], fn: (g: ParsedGoal) => void): void {
  for (const g of goals) {
    fn(g);
    walkGoals(g.children, fn);
  }
}

function parsePlan(items: Item[], planIndex: number, warnings: ImportWarning[]): ParsedPlan {
  const plan: ParsedPlan = {
    startLine: items[0]?.no ?? 1,
    endLine: items[items.length - 1]?.no ?? 1,
    front: emptyFront(),
    introHeading: null,
    intro: [],
    introPreamble: '',
    goals: [],
    economy: emptyEconomy(),
    otherHeading: null,
    other: [],
    otherPreamble: '',
    unplaced: [],
  };
  const sink = createSink(planIndex, warnings, plan.unplaced);
  const b = locate(items);
  const starts = [b.toc, b.intro, b.goals, b.economy, b.other].filter((x) => x >= 0);
  const frontEnd = starts.length === 0 ? items.length : Math.min(...starts);
  plan.front = parseFront(items.slice(0, frontEnd), sink);
  const afterToc =
    b.toc >= 0 ? parseToc(plan.front, items.slice(b.toc + 1, endOf(b.toc, b, items.length))) : [];
  if (afterToc.length > 0 && b.intro < 0) {
    // No "Inledning" heading: the text between the TOC and the goals is the introduction.
    sink.warn(
      afterToc[0]!.no,
      'intro_heading_missing',
      'Rubriken "Inledning" saknas; texten efter innehållsförteckningen har lästs som inledning.',
    );
    const intro = parseFreeSections(afterToc, sink);
    plan.intro = intro.sections;
    plan.introPreamble = intro.preamble;
  } else if (afterToc.length > 0) sink.unplace(afterToc, 'innehållsförteckningen');
  if (b.intro >= 0) {
    plan.introHeading = stripMarkup(items[b.intro]!.text);
    const intro = parseFreeSections(
      items.slice(b.intro + 1, endOf(b.intro, b, items.length)),
      sink,
      plan.introHeading,
    );
    plan.intro = intro.sections;
    plan.introPreamble = intro.preamble;
  }
  if (b.goals >= 0) plan.goals = parseGoals(items.slice(b.goals, endOf(b.goals, b, items.length)), sink);
  if (b.economy >= 0) {
    const heading = b.economyUnheaded ? undefined : items[b.economy];
    if (!heading) {
      sink.warn(
        items[b.economy]!.no,
        'economy_heading_missing',
        'Rubriken "Redovisning av ekonomi" saknas; ekonomiavsnittet har lästs från budgetrubriken.',
      );
    }
    const body = items.slice(heading ? b.economy + 1 : b.economy, endOf(b.economy, b, items.length));
    plan.economy = parseEconomy(heading, body, sink);
  }
  if (b.other >= 0) {
    plan.otherHeading = stripMarkup(items[b.other]!.text);
    const other = parseFreeSections(items.slice(b.other + 1), sink, plan.otherHeading);
    plan.other = other.sections;
    plan.otherPreamble = other.preamble;
  }
  flagGuidance(items, sink);
  finish(plan, sink);
  return plan;
}

// Template instructions and author notes left in the final document.
const GUIDANCE_START = /^(?:här ska du|beskriv i text|under rubriken lämnar ni|vidare ska det beskrivas)/i;
const AUTHOR_NOTE = /\((?:ta bort|titta på) /i;

function flagGuidance(items: Item[], sink: Sink): void {
  for (const item of items) {
    if (!item.isRow && (GUIDANCE_START.test(item.text) || AUTHOR_NOTE.test(item.text))) {
      sink.warn(
        item.no,
        'template_guidance',
        `Rad ${item.no} ser ut att vara mallens instruktionstext eller en anteckning som borde ha tagits bort.`,
      );
    }
  }
}

function finish(plan: ParsedPlan, sink: Sink): void {
  const front = plan.front;
  if (front.year === null) {
    const fromBudget = plan.economy.budgetHeadings.map((h) => /(\d{4})$/.exec(h.text)?.[1]).find(Boolean);
    if (fromBudget) front.year = Number(fromBudget);
  }
  if (front.title === null)
    sink.warn(
      plan.startLine,
      'title_missing',
      'Planen saknar rubriken "Verksamhetsplan ÅÅÅÅ"; kontrollera enhet och år.',
    );
  if (front.year === null)
    sink.warn(
      plan.startLine,
      'year_missing',
      'Planens år kunde inte utläsas. Ange året manuellt vid importen.',
    );
  if (front.board === null) {
    const org = plan.economy.budgetProse
      .split('\n')
      .find((l) => /förvaltning|nämnd/i.test(l) && l.length <= 80);
    if (org) front.board = org.trim();
  }
  walkGoals(plan.goals, (g) => flagActivityYears(g.activities, front.year, sink));
  const economy = plan.economy;
  const budget = economy.budgetHeadings[0];
  if (budget && economy.tables.length === 0 && economy.budgetProse === '' && economy.budgetBox.length === 0) {
    sink.warn(
      budget.line,
      'budget_empty',
      `Avsnittet "${budget.text}" är tomt. Budgeten kan ha legat i en bilaga; lägg in den manuellt.`,
    );
  }
}

export function parsePlanText(text: string): ParseResult {
  const warnings: ImportWarning[] = [];
  const lines = toLines(text);
  const starts = findPlanStarts(lines);
  if (starts.length === 0) {
    warnings.push({
      line: 1,
      planIndex: null,
      code: 'no_plan_found',
      message: 'Ingen verksamhetsplan hittades i texten. Kontrollera att filen är en verksamhetsplan.',
    });
    return { plans: [], warnings };
  }
  const plans = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    return parsePlan(toItems(lines.slice(start, end)), k, warnings);
  });
  return { plans, warnings };
}
