import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { seedSynthetic } from '../src/demo/seed-synthetic.ts';
import { buildPlanReport } from '../src/documents/build-plan-report.ts';
import { renderDocx } from '../src/documents/render-docx.ts';
import { renderHtml } from '../src/documents/render-html.ts';
import { layoutReport, renderPdf } from '../src/documents/render-pdf.ts';
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

/** Median CPU time of the process (all threads) per run: on a shared, busy machine wall time says little. */
async function medianCpu(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(before);
    times.push(Math.round((used.user + used.system) / 100) / 10);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * One plain Chromium print of the plan's HTML (load the page, print once: no contents page
 * numbers), the yardstick the Typst renderer is measured against. Median of three after a warm-up.
 */
async function rawChromiumPrintMs(html: string): Promise<number | undefined> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath) return undefined;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await (await browser.newContext()).newPage();
    const print = async () => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
      });
    };
    await print();
    return await median(3, print);
  } finally {
    await browser.close();
  }
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];

/**
 * Peak resident memory of `malkedja render --year 2025 --all --format pdf` over a synthetic city
 * (120 unit plans), run as its own process so the figure is the command's alone.
 */
async function renderAllPeakRss(): Promise<{ peakRssMb: number; plans: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'malkedja-render-all-'));
  try {
    const database = await openDatabase({ dataDir: join(dir, 'data') });
    await migrateToLatest(database.db);
    await seedSynthetic(database.db, { boards: 4, units: 120, indicators: 60, years: [2025] });
    await database.close();
    const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
    const node = [process.execPath, '--import', 'tsx', main, 'render', '--year', '2025', '--all'];
    const args = [...node, '--format', 'pdf', '--out', join(dir, 'pdf')];
    const timed = existsSync('/usr/bin/time');
    const start = performance.now();
    const run = spawnSync(
      timed ? '/usr/bin/time' : args[0]!,
      timed ? ['-f', 'maxrss=%M', ...args] : args.slice(1),
      {
        env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
        encoding: 'utf8',
      },
    );
    const ms = Math.round(performance.now() - start);
    if (run.status !== 0) throw new Error(`render --all: ${run.stderr.slice(-500)}`);
    const kb = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0);
    return { peakRssMb: Math.round(kb / 1024), plans: readdirSync(join(dir, 'pdf')).length, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDocuments(): Promise<Record<string, number | undefined>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const ctx: Ctx = { db: database.db, actor: 'bench', now: () => new Date() };
    await seedDemo(ctx);
    const planId = await buildLargePlan(ctx, 2027);
    const [reportMs, report] = await time(() => buildPlanReport(database.db, planId));
    const [pdfColdMs, pdf] = await time(() => renderPdf(report));
    const result: Record<string, number | undefined> = {
      documents_report_build_ms: reportMs,
      documents_html_ms: await median(5, async () => renderHtml(report)),
      docxMs: await median(5, () => renderDocx(report)),
      docxCpuMs: await medianCpu(5, () => renderDocx(report)),
      pdfPages: layoutReport(report).document.numOfPages,
      pdfColdMs,
      pdfWarmMs: await median(5, () => renderPdf(report)),
      pdfWarmCpuMs: await medianCpu(5, () => renderPdf(report)),
      pdfArchiveWarmMs: await median(3, () => renderPdf(report, { standard: 'a-2a' })),
      pdfBytes: pdf.byteLength,
      pdfRawPrintMs: await rawChromiumPrintMs(renderHtml(report, { print: true })),
    };
    if (result.pdfRawPrintMs)
      result.pdfWarmToRawPrint = Math.round((result.pdfWarmMs! / result.pdfRawPrintMs) * 1000) / 1000;
    const all = await renderAllPeakRss();
    result.renderAllPeakRssMb = all.peakRssMb;
    result.renderAllPlans = all.plans;
    result.renderAllMs = all.ms;
    return result;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchDocuments());
