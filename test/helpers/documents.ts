import { spawnSync } from 'node:child_process';
import { createBudgetRow, createBudgetTable } from '../../src/services/budget.ts';
import type { Ctx } from '../../src/services/context.ts';
import { updateGoal } from '../../src/services/goal.ts';
import { createIndicator } from '../../src/services/indicator.ts';
import { createPlacement } from '../../src/services/placement.ts';
import { setPlanVisibility, updatePlan } from '../../src/services/plan.ts';
import { createPlanSection } from '../../src/services/plan-section.ts';
import { setTarget } from '../../src/services/target.ts';
import { addBoardActivity, addUnitGoal, buildMunicipality } from './factories.ts';

/** The demo's 2025 plans of Norrviks hemtjänst (a unit) and Norrviks stadsdelsnämnd (its board). */
export async function findDemoPlans(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .select(['plan.id', 'organisation.name'])
    .where('plan.year', '=', 2025)
    .where('plan.kind', '=', 'plan')
    .execute();
  const byName = (name: string) => rows.find((r) => r.name === name)!.id;
  return { unitPlanId: byName('Norrviks hemtjänst'), boardPlanId: byName('Norrviks stadsdelsnämnd') };
}

export const AWKWARD_TITLE = 'Trygghet för ♀ & ♂ <alla> "nu"';

/** A unit plan with the rich-text edge cases a renderer must survive. */
export async function buildEdgeCasePlan(ctx: Ctx) {
  const m = await buildMunicipality(ctx);
  await updatePlan(ctx, m.plan.id, {
    version: m.plan.version,
    dnr: 'TS 2025-1',
    documentDate: '2025-02-20',
    addressee: 'Stadsdelsnämnden',
    phone: '08-555 000 00',
    economyText: 'Budgeten följs upp varje månad.',
  });
  const goal = await addUnitGoal(ctx, m, AWKWARD_TITLE);
  const longList = Array.from(
    { length: 45 },
    (_, i) => `- Förväntat resultat nummer ${i + 1} med lite text`,
  ).join('\n');
  const paragraph =
    'Vi arbetar med individuella planer och följer upp dem tillsammans med brukaren. Arbetet dokumenteras löpande och stäms av på arbetsplatsträffar, där medarbetarna tar upp både det som fungerar och det som behöver förbättras.';
  const threePages = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
  const wideHeader = `| ${Array.from({ length: 12 }, (_, i) => `Kolumn${i + 1}`).join(' | ')} |`;
  const wideRule = `|${' --- |'.repeat(12)}`;
  const wideRow = `| ${Array.from({ length: 12 }, (_, i) => `Värde${i + 1}långtordutanmellanslag`).join(' | ')} |`;
  await updateGoal(ctx, goal.id, {
    version: goal.version,
    expectedResults: longList,
    waysOfWorking: threePages,
    resources: `Tabellen visar resurserna:\n\n${wideHeader}\n${wideRule}\n${wideRow}\n${wideRow}`,
    followUp: 'Följs upp med <script>alert("x")</script> & annat.',
  });
  await createPlanSection(ctx, m.plan.id, { part: 'intro', heading: 'Enhetens uppdrag', body: 'Uppdraget.' });
  await createPlanSection(ctx, m.plan.id, { part: 'intro', heading: 'Tomt avsnitt', body: '' });
  await createPlanSection(ctx, m.plan.id, {
    part: 'other',
    heading: `Övrigt om ${AWKWARD_TITLE}`,
    body: 'Text.',
  });
  const placementIds = [m.placement.id];
  const indicatorNames: string[] = [m.indicator.name];
  await setTarget(ctx, {
    indicatorId: m.indicator.id,
    organisationId: m.unit.id,
    year: m.year,
    gender: 'T',
    kind: 'number',
    value: 90,
  });
  for (const [gender, value] of [
    ['K', 92],
    ['M', 88],
  ] as const)
    await setTarget(ctx, {
      indicatorId: m.indicator.id,
      organisationId: m.unit.id,
      year: m.year,
      gender,
      kind: 'number',
      value,
    });
  for (let i = 1; i <= 34; i++) {
    const ind = await createIndicator(ctx, {
      name: `Indikator ${i} om kvalitet i stödet till brukare`,
      unit: '%',
      valueKind: 'percent',
      direction: 'increase',
      periodicity: i % 2 ? 'year' : 'tertial',
      genderSplit: false,
      consolidation: 'mean',
    });
    const placement = await createPlacement(ctx, { indicatorId: ind.id, goalId: m.area.id });
    await setTarget(ctx, {
      indicatorId: ind.id,
      organisationId: m.city.id,
      year: m.year,
      gender: 'T',
      kind: 'number',
      value: 50 + i,
    });
    await setTarget(ctx, {
      indicatorId: ind.id,
      organisationId: m.unit.id,
      year: m.year,
      gender: 'T',
      kind: 'number',
      value: 60 + i,
    });
    placementIds.push(placement.id);
    indicatorNames.push(ind.name);
  }
  await setPlanVisibility(ctx, m.plan.id, { goalIds: [m.boardGoal.id], placementIds });
  await addBoardActivity(ctx, m, [m.unit.id]);
  const table = await createBudgetTable(ctx, m.plan.id, { title: 'Enheten', layout: 'per_activity' });
  await createBudgetRow(ctx, table.id, {
    label: 'Intäkter',
    groupKind: 'revenue',
    budget: 1400,
    forecast: 1400,
  });
  await createBudgetRow(ctx, table.id, {
    label: 'Kostnader',
    groupKind: 'cost',
    budget: 9500,
    forecast: 9700,
  });
  return { ...m, unitGoal: goal, indicatorNames };
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Text of a PDF (or of one page) in content order, whitespace collapsed. */
export function pdfText(pdf: Uint8Array, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, '-', '-'], { input: pdf });
  if (result.status !== 0) throw new Error(`pdftotext: ${result.stderr}`);
  return normalise(result.stdout.toString('utf8'));
}

/** Typst puts a word joiner before contents page numbers; it is invisible and not part of the text. */
export function normalise(text: string): string {
  return text
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function pdfPageCount(pdf: Uint8Array): number {
  const info = pdfInfo(pdf);
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

export function pdfInfo(pdf: Uint8Array): string {
  const result = spawnSync('pdfinfo', ['-'], { input: pdf });
  if (result.status !== 0) throw new Error(`pdfinfo: ${result.stderr}`);
  return result.stdout.toString('utf8');
}
