import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { buildPlanReport } from '../src/documents/build-plan-report.ts';
import { closeBrowser, findChromium } from '../src/documents/chromium.ts';
import { countPages } from '../src/documents/pdf-file.ts';
import { renderAllPlans } from '../src/documents/render-all.ts';
import { renderDocx } from '../src/documents/render-docx.ts';
import { renderHtml } from '../src/documents/render-html.ts';
import { renderPdf } from '../src/documents/render-pdf.ts';
import { createActivity } from '../src/services/activity.ts';
import { createBudgetRow, createBudgetTable } from '../src/services/budget.ts';
import type { Ctx } from '../src/services/context.ts';
import { createGoal } from '../src/services/goal.ts';
import { createIndicator } from '../src/services/indicator.ts';
import { createOrganisation } from '../src/services/organisation.ts';
import { createPlacement } from '../src/services/placement.ts';
import { createPlan, setPlanVisibility } from '../src/services/plan.ts';
import { createPlanSection } from '../src/services/plan-section.ts';
import { setTarget } from '../src/services/target.ts';
import { ensureYear } from '../src/services/year.ts';

const SENTENCE =
  'Enheten arbetar systematiskt med uppföljning av insatserna och stämmer av resultaten med medarbetarna på arbetsplatsträffar varje månad.';
const text = (sentences: number) => Array.from({ length: sentences }, () => SENTENCE).join(' ');
const list = (items: number) =>
  Array.from({ length: items }, (_, i) => `- Förväntat resultat ${i + 1}: ${SENTENCE.slice(0, 80)}`).join(
    '\n',
  );

/** A unit plan the size of the largest seed plan (P8, ~25 pages): 3 × 2 council goals, 12 board goals, 24 unit goals. */
export async function buildLargePlan(ctx: Ctx, year: number): Promise<string> {
  await ensureYear(ctx, year);
  const city = await createOrganisation(ctx, { kind: 'city', name: 'Benchstad' });
  const board = await createOrganisation(ctx, {
    kind: 'board',
    name: 'Benchs stadsdelsnämnd',
    parentId: city.id,
  });
  const unit = await createOrganisation(ctx, {
    kind: 'unit',
    name: 'Enheten för prevention',
    parentId: board.id,
  });
  const plan = await createPlan(ctx, {
    organisationId: unit.id,
    year,
    kind: 'plan',
    author: 'Handläggare Bench',
    phone: '08-555 000 00',
    addressee: board.name,
    documentDate: `${year}-02-20`,
    dnr: `BE ${year - 1}-1`,
    economyText: text(6),
    budgetText: text(3),
  });
  for (const heading of [
    'Enhetens uppdrag',
    'Utvecklingsområden',
    'Organisationsbeskrivning',
    'Ledarskapsidé',
  ])
    await createPlanSection(ctx, plan.id, { part: 'intro', heading, body: `${text(8)}\n\n${text(6)}` });
  for (const heading of ['Kvalitet', 'Synpunkter och klagomål', 'Bemötande'])
    await createPlanSection(ctx, plan.id, { part: 'other', heading, body: text(5) });
  const boardGoals: string[] = [];
  const placements: string[] = [];
  for (let d = 1; d <= 3; d++) {
    const direction = await createGoal(ctx, {
      year,
      level: 'city_direction',
      organisationId: city.id,
      number: String(d),
      title: `Inriktningsmål ${d} för en hållbar stad`,
    });
    for (let a = 1; a <= 2; a++) {
      const area = await createGoal(ctx, {
        year,
        level: 'city_area',
        organisationId: city.id,
        parentId: direction.id,
        number: `${d}.${a}`,
        title: `Verksamhetsområdesmål ${d}.${a} om stöd, trygghet och delaktighet`,
      });
      for (let i = 1; i <= 5; i++) {
        const indicator = await createIndicator(ctx, {
          name: `Andel brukare inom område ${d}.${a} som upplever att stödet nummer ${i} är bra`,
          unit: '%',
          valueKind: 'percent',
          direction: 'increase',
          periodicity: 'year',
          genderSplit: false,
          consolidation: 'mean',
        });
        const placement = await createPlacement(ctx, { indicatorId: indicator.id, goalId: area.id });
        placements.push(placement.id);
        for (const [orgId, value] of [
          [city.id, 80],
          [unit.id, 85],
        ] as const)
          await setTarget(ctx, {
            indicatorId: indicator.id,
            organisationId: orgId,
            year,
            gender: 'T',
            kind: 'number',
            value,
          });
      }
      for (let b = 1; b <= 2; b++) {
        const boardGoal = await createGoal(ctx, {
          year,
          level: 'board',
          organisationId: board.id,
          parentId: area.id,
          title: `Nämndmål ${d}.${a}.${b}: invånarna får stöd i tid`,
          description: text(4),
          expectedResults: list(4),
        });
        boardGoals.push(boardGoal.id);
        await createActivity(ctx, {
          year,
          ownerOrganisationId: board.id,
          goalId: boardGoal.id,
          title: `Stadsdelsnämnden ska utveckla arbetet inom ${d}.${a}.${b} tillsammans med enheterna`,
          startDate: `${year}-01-01`,
          endDate: `${year}-12-31`,
          assignedOrganisationIds: [unit.id],
        });
        for (let u = 1; u <= 2; u++)
          await createGoal(ctx, {
            year,
            level: 'unit',
            organisationId: unit.id,
            parentId: boardGoal.id,
            title: `Enhetsmål ${d}.${a}.${b}.${u}: brukarna är delaktiga`,
            expectedResults: list(3),
            waysOfWorking: text(3),
            resources: text(1),
            followUp: text(1),
            development: text(1),
          });
      }
    }
  }
  await setPlanVisibility(ctx, plan.id, { goalIds: boardGoals, placementIds: placements });
  for (const title of ['Prevention (IoF BoU)', 'Prevention (Fritid)']) {
    const table = await createBudgetTable(ctx, plan.id, { title, layout: 'per_activity' });
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
      forecast: 9500,
    });
  }
  return plan.id;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [Math.round((performance.now() - start) * 10) / 10, result];
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn))[0]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Resident memory of this process and every process it started (Chromium), in MB. */
function treeRssMb(): number {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const tree = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of rows)
        if (tree.has(ppid) && !tree.has(pid)) {
          tree.add(pid);
          grew = true;
        }
    }
    return Math.round(rows.filter(([pid]) => tree.has(pid)).reduce((s, [, , rss]) => s + rss, 0) / 1024);
  } catch {
    return 0;
  }
}

export async function benchDocuments(): Promise<Record<string, number>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  const out = mkdtempSync(join(tmpdir(), 'malkedja-bench-'));
  try {
    await migrateToLatest(database.db);
    const ctx: Ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    await seedDemo(ctx);
    const planId = await buildLargePlan(ctx, 2027);
    const [reportMs, report] = await time(() => buildPlanReport(database.db, planId));
    const result: Record<string, number> = {
      documents_report_build_ms: reportMs,
      documents_html_ms: await median(5, async () => renderHtml(report)),
      documents_docx_ms: await median(3, () => renderDocx(report)),
    };
    if (!findChromium()) return result;
    await closeBrowser();
    const [coldMs, pdf] = await time(() => renderPdf(report));
    result.documents_pdf_pages = countPages(pdf);
    result.documents_pdf_cold_ms = coldMs;
    result.documents_pdf_warm_ms = await median(3, () => renderPdf(report));
    let peak = treeRssMb();
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssMb());
    }, 250);
    const [allMs, files] = await time(() =>
      renderAllPlans(database.db, { year: 2025, format: 'pdf', outDir: join(out, 'pdf') }),
    );
    clearInterval(sampler);
    result.documents_all_year_plans = files.length;
    result.documents_all_year_pdf_plans_per_s = Math.round((files.length / (allMs / 1000)) * 100) / 100;
    result.documents_all_year_peak_rss_mb = Math.max(peak, treeRssMb());
    result.documents_node_max_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
    return result;
  } finally {
    await closeBrowser();
    await database.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchDocuments());
