// A plan beside the same organisation's plan the year before: what the rollover carried and what has
// been changed since, section by section, goal by goal (matched by lineage) and target by target.

import { AppError } from '../domain/errors.ts';
import { formatTarget } from '../domain/target-rules.ts';
import { GOAL_TEXT_FIELD_LABEL, GOAL_TEXT_FIELDS } from '../domain/vocabulary.ts';
import type { ComparedRow, PlanComparison } from '../shared/schemas/plan-comparison.ts';
import { assertCanSeePlan, canSeePlan } from './authz.ts';
import type { Ctx } from './context.ts';
import { getOrganisation } from './organisation.ts';
import { findPlan } from './plan.ts';

const PLAN_TEXTS = [
  ['decisionProposal', 'Förslag till beslut'],
  ['economyText', 'Ekonomi'],
  ['budgetText', 'Budget'],
] as const;

function row(
  key: string,
  label: string,
  before: string | null,
  after: string | null,
  detail = '',
): ComparedRow {
  const status =
    before === null ? 'added' : after === null ? 'removed' : before === after ? 'same' : 'changed';
  return { key, label, before, after, status, detail };
}

export async function comparePlans(ctx: Ctx, organisationId: string, year: number): Promise<PlanComparison> {
  const org = await getOrganisation(ctx, organisationId);
  const current = await findPlan(ctx, organisationId, year, 'plan');
  if (!current)
    throw new AppError(
      'NOT_FOUND',
      `${org.name} har ingen verksamhetsplan för ${year}. Skapa den eller välj ett annat år.`,
    );
  await assertCanSeePlan(ctx, current);
  const found = await findPlan(ctx, organisationId, year - 1, 'plan');
  // Last year's plan only if the person may read it (a draft is visible within its organisation and above).
  const previous = found && (await canSeePlan(ctx, found)) ? found : undefined;
  const texts = PLAN_TEXTS.map(([key, label]) =>
    row(key, label, previous ? previous[key] : null, current[key]),
  ).filter((r) => r.before || r.after);
  return {
    organisationName: org.name,
    year,
    previousYear: year - 1,
    planId: current.id,
    previousPlanId: previous?.id ?? null,
    texts,
    sections: await compareSections(ctx, previous?.id ?? null, current.id),
    goals: await compareGoals(ctx, organisationId, year),
    targets: await compareTargets(ctx, organisationId, year),
  };
}

async function compareSections(ctx: Ctx, previousId: string | null, currentId: string) {
  const load = (planId: string | null) =>
    planId
      ? ctx.db
          .selectFrom('planSection')
          .selectAll()
          .where('planId', '=', planId)
          .orderBy('part')
          .orderBy('sortOrder')
          .execute()
      : Promise.resolve([]);
  const [before, after] = await Promise.all([load(previousId), load(currentId)]);
  // Carried sections keep their part and heading; the n-th section with the same heading pairs up.
  const key = (s: { part: string; heading: string }, i: number) => `${s.part}:${s.heading}:${i}`;
  const index = (list: typeof before) => {
    const seen = new Map<string, number>();
    return new Map(
      list.map((s) => {
        const n = seen.get(`${s.part}:${s.heading}`) ?? 0;
        seen.set(`${s.part}:${s.heading}`, n + 1);
        return [key(s, n), s];
      }),
    );
  };
  const [b, a] = [index(before), index(after)];
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((k) => {
    const s = a.get(k) ?? b.get(k)!;
    return row(k, s.heading || 'Avsnitt utan rubrik', b.get(k)?.body ?? null, a.get(k)?.body ?? null);
  });
}

async function compareGoals(ctx: Ctx, organisationId: string, year: number) {
  const goals = await ctx.db
    .selectFrom('goal')
    .selectAll()
    .where('organisationId', '=', organisationId)
    .where('year', 'in', [year - 1, year])
    .orderBy('sortOrder')
    .execute();
  const before = new Map(goals.filter((g) => g.year === year - 1).map((g) => [g.lineageId, g]));
  const after = new Map(goals.filter((g) => g.year === year).map((g) => [g.lineageId, g]));
  const lineages = [...new Set([...after.keys(), ...before.keys()])];
  return lineages.map((lineage) => {
    const [b, a] = [before.get(lineage), after.get(lineage)];
    const changedFields =
      b && a ? GOAL_TEXT_FIELDS.filter((f) => b[f] !== a[f]).map((f) => GOAL_TEXT_FIELD_LABEL[f]) : [];
    const compared = row(
      lineage,
      (a ?? b)!.title,
      b?.title ?? null,
      a?.title ?? null,
      changedFields.join(', '),
    );
    return changedFields.length && compared.status === 'same'
      ? { ...compared, status: 'changed' as const }
      : compared;
  });
}

async function compareTargets(ctx: Ctx, organisationId: string, year: number) {
  const targets = await ctx.db
    .selectFrom('target')
    .innerJoin('indicator', 'indicator.id', 'target.indicatorId')
    .select([
      'target.indicatorId',
      'target.year',
      'target.gender',
      'target.kind',
      'target.value',
      'target.text',
    ])
    .select(['target.printed', 'target.proposed', 'indicator.name', 'indicator.unit'])
    .where('target.organisationId', '=', organisationId)
    .where('target.year', 'in', [year - 1, year])
    .where('target.supersededAt', 'is', null)
    .where('target.removed', '=', false)
    .orderBy('indicator.name')
    .execute();
  const text = (t: (typeof targets)[number]) => t.printed ?? formatTarget(t, t.unit);
  const keyOf = (t: (typeof targets)[number]) => `${t.indicatorId}:${t.gender}`;
  const before = new Map(targets.filter((t) => t.year === year - 1).map((t) => [keyOf(t), t]));
  const after = new Map(targets.filter((t) => t.year === year).map((t) => [keyOf(t), t]));
  return [...new Set([...after.keys(), ...before.keys()])].map((k) => {
    const [b, a] = [before.get(k), after.get(k)];
    const t = (a ?? b)!;
    const label = t.gender === 'T' ? t.name : `${t.name} (${t.gender})`;
    return row(k, label, b ? text(b) : null, a ? text(a) : null, a?.proposed ? 'proposed' : '');
  });
}
