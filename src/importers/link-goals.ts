// Links the printed goal chain to the stored one. Council and board goals come from a single source:
// a printed copy that drifted is linked and reported, never stored as a second goal, and its texts
// never overwrite the owner's version. Unit goals are the unit's own: the document's text wins.
import { listGoalsOfOwners } from '../db/repos/goal.ts';
import { listPlacementsOfGoals } from '../db/repos/placement.ts';
import type { GoalRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { normaliseNumber, parentLevelOf } from '../domain/goal-rules.ts';
import { LIMITS } from '../domain/limits.ts';
import { createGoal, updateGoal } from '../services/goal.ts';
import { GOAL_LEVEL_LABEL, GOAL_TEXT_FIELD_LABEL, GOAL_TEXT_FIELDS } from '../shared/vocabulary.ts';
import { type Outcome, tally } from './import-report.ts';
import { fit, type ImportState, quote, warn } from './import-state.ts';
import { linkActivities } from './link-activities.ts';
import { linkIndicators } from './link-indicators.ts';
import type { FieldName, ParsedGoal } from './parsed-plan.ts';
import { bestMatch, firstDifference, type Likeness, normaliseText, tokenSimilarity } from './similarity.ts';

export async function linkGoals(state: ImportState): Promise<void> {
  const owners = [state.city.id, state.board.id, state.unit.id];
  const stored = await listGoalsOfOwners(state.trx.db, state.year, owners);
  const placements = await listPlacementsOfGoals(
    state.trx.db,
    stored.map((g) => g.id),
  );
  for (const p of placements) state.placements.set(`${p.indicatorId}/${p.goalId}`, p.id);
  for (const goal of state.parsed.goals) await linkGoal(state, stored, goal, null);
}

async function linkGoal(state: ImportState, stored: GoalRow[], g: ParsedGoal, parent: GoalRow | null) {
  const wanted = parentLevelOf(g.level);
  if (wanted !== (parent?.level ?? null)) {
    unplaceGoal(state, g, wanted);
    return;
  }
  const ownerId = g.level === 'board' ? state.board.id : g.level === 'unit' ? state.unit.id : state.city.id;
  const candidates = stored.filter(
    (s) => s.level === g.level && s.organisationId === ownerId && !state.claimed.has(s.id),
  );
  const found = findGoal(state, g, candidates, parent);
  let row: GoalRow;
  let outcome: Outcome;
  if (found) {
    [row, outcome] = await refresh(state, g, found.match, found.likeness, parent);
  } else {
    row = await create(state, g, ownerId, parent);
    stored.push(row);
    outcome = 'created';
  }
  state.claimed.add(row.id);
  tally(state.report.goals[g.level], outcome);
  if (g.level !== 'unit') state.shownGoalIds.add(row.id);
  await linkIndicators(state, g, row);
  await linkActivities(state, g, row);
  for (const child of g.children) await linkGoal(state, stored, child, row);
}

function findGoal(state: ImportState, g: ParsedGoal, candidates: GoalRow[], parent: GoalRow | null) {
  const number = normaliseNumber(g.number);
  const byTitle = bestMatch(
    g.title,
    candidates,
    (c) => c.title,
    (c) => c.parentId === (parent?.id ?? null) && (number === null || c.number === number),
  );
  if (byTitle) {
    if (number && byTitle.match.number && byTitle.match.number !== number) {
      warn(
        state,
        g.line,
        'goal_number_differs',
        `${label(g)} ${quote(g.title)} har nummer ${g.number} i planen men ${byTitle.match.number} i databasen (rad ${g.line}); det lagrade numret behålls.`,
      );
    }
    return byTitle;
  }
  const byNumber = number ? candidates.find((c) => c.number === number) : undefined;
  if (!byNumber) return undefined;
  if (tokenSimilarity(normaliseText(g.title), normaliseText(byNumber.title)) < 0.5) {
    return collide(state, g, number!, byNumber);
  }
  return { match: byNumber, likeness: 'drifted' as Likeness };
}

/**
 * A printed goal whose number belongs to a different stored goal. Without a choice the plan is refused
 * with the choices named (details.collision); the person then links, imports as the plan's own goals or
 * picks another year, and nothing is silently merged.
 */
function collide(state: ImportState, g: ParsedGoal, number: string, stored: GoalRow) {
  const where = `${label(g)} ${number} finns redan för ${state.year} med texten ${quote(stored.title)}, men planen har ${quote(g.title)} (rad ${g.line})`;
  if (state.onCollision === 'link') {
    warn(state, g.line, 'goal_collision_linked', `${where}. Planen har kopplats till det befintliga målet.`);
    return { match: stored, likeness: 'drifted' as Likeness };
  }
  if (state.onCollision === 'own') {
    warn(
      state,
      g.line,
      'goal_collision_own',
      `${where}. Planens mål har skapats som ett eget mål utan nummer; det befintliga målet är orört.`,
    );
    state.unnumbered.add(g);
    return undefined;
  }
  throw new AppError(
    'CONFLICT',
    `${where}. Välj hur importen ska fortsätta: koppla till det befintliga målet, skapa planens egna mål eller importera till ett annat år.`,
    {
      collision: { level: g.level, number, line: g.line, storedTitle: stored.title, printedTitle: g.title },
    },
  );
}

async function refresh(
  state: ImportState,
  g: ParsedGoal,
  row: GoalRow,
  likeness: Likeness,
  parent: GoalRow | null,
): Promise<[GoalRow, Outcome]> {
  if (parent && row.parentId !== parent.id) {
    warn(
      state,
      g.line,
      'goal_parent_differs',
      `${label(g)} ${quote(g.title)} ligger under ett annat överordnat mål i databasen än i planen (rad ${g.line}); den lagrade placeringen behålls.`,
    );
  }
  if (g.level === 'unit') return refreshOwn(state, g, row);
  if (likeness !== 'same') {
    const diff = firstDifference(g.title, row.title);
    warn(
      state,
      g.line,
      'goal_title_drift',
      `${label(g)}ets text skiljer sig från ${owner(g)} version (rad ${g.line})${diff ? `: "${diff.printed}" i stället för "${diff.stored}"` : ''}. ${capital(owner(g))} version behålls.`,
    );
  }
  const fill: Partial<Record<FieldName, string>> = {};
  for (const field of GOAL_TEXT_FIELDS) {
    const printed = g.fields[field]?.trim() ?? '';
    if (!printed) continue;
    if (!row[field].trim()) fill[field] = printed;
    else if (normaliseText(printed) !== normaliseText(row[field]))
      fieldDrift(state, g, field, printed, row[field]);
  }
  if (Object.keys(fill).length === 0) return [row, 'linked'];
  return [await updateGoal(state.trx, row.id, { ...fill, version: row.version }), 'updated'];
}

async function refreshOwn(state: ImportState, g: ParsedGoal, row: GoalRow): Promise<[GoalRow, Outcome]> {
  const wanted = values(state, g);
  const patch: Record<string, string> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if ((row as unknown as Record<string, string>)[key] !== value) patch[key] = value;
  }
  if (Object.keys(patch).length === 0) return [row, 'linked'];
  return [await updateGoal(state.trx, row.id, { ...patch, version: row.version }), 'updated'];
}

async function create(state: ImportState, g: ParsedGoal, ownerId: string, parent: GoalRow | null) {
  return createGoal(state.trx, {
    year: state.year,
    level: g.level,
    organisationId: ownerId,
    parentId: parent?.id ?? null,
    number: state.unnumbered.has(g) ? null : normaliseNumber(g.number),
    ...values(state, g),
    origin: 'import',
  });
}

/** Title and texts as printed; an overlong title is cut and kept whole at the top of the description. */
function values(state: ImportState, g: ParsedGoal) {
  const title = fit(state, g.title || '(utan rubrik)', LIMITS.title, 'Målets rubrik', g.line);
  const fields = Object.fromEntries(GOAL_TEXT_FIELDS.map((f) => [f, g.fields[f]?.trim() ?? ''])) as Record<
    FieldName,
    string
  >;
  if (title !== g.title.trim() && g.title.trim()) {
    fields.description = [g.title.trim(), fields.description].filter(Boolean).join('\n\n');
  }
  return { title, ...fields };
}

function fieldDrift(state: ImportState, g: ParsedGoal, field: FieldName, printed: string, stored: string) {
  const heading = g.fieldHeadings.find((h) => h.field === field);
  const line = heading?.line ?? g.line;
  const diff = firstDifference(printed, stored);
  warn(
    state,
    line,
    'goal_text_drift',
    `${label(g)}ets fält ${GOAL_TEXT_FIELD_LABEL[field]} skiljer sig från ${owner(g)} version (rad ${line})${diff ? `: "${diff.printed}" i stället för "${diff.stored}"` : ''}. ${capital(owner(g))} version behålls.`,
  );
}

/** A goal (with everything under it) as Markdown, for a goal that fits nowhere in the chain. */
function goalText(g: ParsedGoal, depth: number): string {
  const fields = GOAL_TEXT_FIELDS.filter((f) => g.fields[f]).map(
    (f) => `**${GOAL_TEXT_FIELD_LABEL[f]}**\n\n${g.fields[f]}`,
  );
  const rows = [
    ...g.indicators.map(
      (i) =>
        `- Indikator: ${i.name} | ${i.targetText ?? ''} | ${i.councilTargetText ?? ''} | ${i.periodicityText ?? ''}`,
    ),
    ...g.activities.map((a) => `- Aktivitet: ${a.title} | ${a.startText} | ${a.endText}`),
  ];
  const children = g.children.map(
    (c) => `**${GOAL_LEVEL_LABEL[c.level]}: ${c.title}**\n\n${goalText(c, depth + 1)}`,
  );
  return [...fields, rows.join('\n'), ...children].filter(Boolean).join('\n\n');
}

function unplaceGoal(state: ImportState, g: ParsedGoal, wanted: string | null) {
  state.unplaced.push({
    heading: `${GOAL_LEVEL_LABEL[g.level]}: ${g.title}`,
    body: goalText(g, 0),
    line: g.line,
  });
  warn(
    state,
    g.line,
    'goal_unplaced',
    `${label(g)} ${quote(g.title)} (rad ${g.line}) saknar ${wanted ? `ett överordnat ${GOAL_LEVEL_LABEL[wanted as ParsedGoal['level']]}` : 'rätt plats i målkedjan'} och har lagts, med allt under det, bland oplacerad text.`,
  );
  state.report.goals[g.level].recognised++;
}

function label(g: ParsedGoal): string {
  return g.level === 'city_direction' || g.level === 'city_area' ? 'KF-mål' : GOAL_LEVEL_LABEL[g.level];
}

function owner(g: ParsedGoal): string {
  return g.level === 'board' ? 'nämndens' : 'kommunfullmäktiges';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
