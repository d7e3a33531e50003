import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { readImportFixture } from '../../test/helpers/import.ts';
import { buildPlanReport } from '../documents/build-plan-report.ts';
import { renderDocx } from '../documents/render-docx.ts';
import { docxToPlanText } from './docx-to-text.ts';
import { type GoalJson, type PlanJson, toImportJson } from './import-json.ts';
import { importPlan } from './import-plan.ts';
import { parsePlanText } from './parse-plan-text.ts';

const ctx = await openTestContext();

/** The structure a rendering must keep: the goal chain with its rows, budget amounts and section headings. */
function structure(plan: PlanJson) {
  const goal = (g: GoalJson): unknown => ({
    level: g.level,
    number: g.number,
    title: g.title,
    indicators: g.indicators.map((i) => [i.name, i.target, i.councilTarget, i.periodicity]),
    activities: g.activities.map((a) => [a.title, a.start, a.end]),
    children: g.children.map(goal),
  });
  return {
    unit: plan.unit,
    year: plan.year,
    goals: plan.goals.map(goal),
    budget: plan.budgetTables.map((t) => t.rows.map((r) => [r.label, r.values[0]])),
    introHeadings: plan.introHeadings,
    otherHeadings: plan.otherHeadings.filter((h) => h !== 'Övrigt'),
  };
}

describe('round trip through the document model', () => {
  for (const fixture of ['plan-2025-dnr.txt', 'plan-2022-two-plans.txt', 'plan-2020-split-labels.txt']) {
    it(`renders an imported plan (${fixture}) to DOCX that parses back to the same structure`, async () => {
      const source = parsePlanText(readImportFixture(fixture));
      const report = await importPlan(ctx, source.plans[0]!);
      const docx = await renderDocx(await buildPlanReport(ctx.db, report.planId!));
      const again = parsePlanText(await docxToPlanText(docx));
      assert.equal(again.plans.length, 1);
      assert.deepEqual(structure(toImportJson(again).plans[0]!), structure(toImportJson(source).plans[0]!));
    });
  }
});
