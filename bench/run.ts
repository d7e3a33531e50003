// npm run bench: prints one JSON document with every figure. Targets live here, never in tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { benchGoalChain } from './goal-chain.ts';
import { summarise } from './summary.ts';

const here = import.meta.dirname;
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs an optional bench module (documents, import, web bundle) when it exists. */
async function optional(file: string, fn: string, ...args: unknown[]): Promise<unknown> {
  if (!existsSync(join(here, file))) return { skipped: `${file} saknas` };
  try {
    const mod = await import(`./${file}`);
    return await mod[fn](...args);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
const result: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
/** The figures issue aims refer to, in one place (numbers; milliseconds unless the name says otherwise). */
const summary: Record<string, number> = {};
result.summary = summary;

if (want('goal-chain')) {
  result.goalChainPglite = benchGoalChain('pglite');
  result.goalChainPostgresql = (await postgresReachable())
    ? benchGoalChain('postgresql', serverUrl)
    : { skipped: `PostgreSQL nås inte på ${serverUrl}` };
  result.aims = { planTreeP95MsPostgresql: 25, planTreeP95MsPglite: 60, serverRssMb: 600 };
}
if (want('load')) {
  result.loadPostgresql = (await postgresReachable())
    ? await optional('load.ts', 'benchLoad', 'postgresql', serverUrl)
    : { skipped: `PostgreSQL nås inte på ${serverUrl}` };
  result.loadPglite = await optional('load.ts', 'benchLoad', 'pglite');
}
if (want('documents')) result.documents = await optional('documents.ts', 'benchDocuments');
if (want('rollover')) {
  const rollover = (await optional('rollover.ts', 'benchRollover')) as { rolloverMs?: number };
  result.rollover = rollover;
  if (rollover.rolloverMs !== undefined) summary.rolloverStockholmScaleMs = rollover.rolloverMs;
}
if (want('search')) {
  const search = (await optional('search.ts', 'benchSearch')) as { searchP95Ms?: number };
  result.search = search;
  if (search.searchP95Ms !== undefined) summary.searchP95Ms = search.searchP95Ms;
}
if (want('signin')) {
  const signIn = (await optional('sign-in.ts', 'benchSignIn')) as { signInMs?: number };
  result.signIn = signIn;
  if (signIn.signInMs !== undefined) summary.signInMs = signIn.signInMs;
}
if (want('sso')) {
  const sso = (await optional('single-sign-on.ts', 'benchSingleSignOn')) as { singleSignOnMs?: number };
  result.singleSignOn = sso;
  if (sso.singleSignOnMs !== undefined) summary.singleSignOnMs = sso.singleSignOnMs;
}
if (want('authz')) {
  type Authz = {
    authzOverheadPlanTreeMs?: number;
    authzOverheadPlanTreeRatio?: number;
    authzMatrixCells?: number;
  };
  const authz = (await optional('authz.ts', 'benchAuthz')) as Authz;
  result.authz = authz;
  if (authz.authzOverheadPlanTreeMs !== undefined)
    summary.authzOverheadPlanTreeMs = authz.authzOverheadPlanTreeMs;
  if (authz.authzOverheadPlanTreeRatio !== undefined)
    summary.authzOverheadPlanTreeRatio = authz.authzOverheadPlanTreeRatio;
  if (authz.authzMatrixCells !== undefined) summary.authzMatrixCells = authz.authzMatrixCells;
}
if (want('import')) result.import = await optional('import.ts', 'benchImport');
if (want('followup')) {
  type FollowUp = {
    rollupP95Ms?: number;
    dashboardP95Ms?: number;
    dashboardColdMs?: number;
    importRowsPerSecond?: number;
  };
  const onPg = (await postgresReachable())
    ? ((await optional('follow-up.ts', 'benchFollowUp', 'postgresql', serverUrl)) as FollowUp)
    : { skipped: `PostgreSQL nås inte på ${serverUrl}` };
  const onPglite = (await optional('follow-up.ts', 'benchFollowUp', 'pglite')) as FollowUp;
  result.followUpPostgresql = onPg;
  result.followUpPglite = onPglite;
  const put = (key: string, value: number | undefined) => {
    if (value !== undefined) summary[key] = value;
  };
  put('rollupP95MsPostgresql', (onPg as FollowUp).rollupP95Ms);
  put('dashboardP95MsPostgresql', (onPg as FollowUp).dashboardP95Ms);
  put('dashboardColdMsPostgresql', (onPg as FollowUp).dashboardColdMs);
  put('bulkImportRowsPerSecond', (onPg as FollowUp).importRowsPerSecond);
  put('rollupP95MsPglite', onPglite.rollupP95Ms);
  put('dashboardP95MsPglite', onPglite.dashboardP95Ms);
  put('bulkImportRowsPerSecondPglite', onPglite.importRowsPerSecond);
  result.followUpAims = {
    rollupP95MsPostgresql: 50,
    dashboardP95MsPostgresql: 300,
    bulkImportRowsPerSecond: 20_000,
  };
}
if (want('web')) {
  const bundle = (await optional('web-bundle.ts', 'measureBundle')) as {
    mainJs?: { rawBytes: number; gzipBytes: number; brotliBytes: number };
  };
  result.webBundle = bundle;
  if (bundle.mainJs) {
    summary.mainJsRawBytes = bundle.mainJs.rawBytes;
    summary.mainJsGzipBytes = bundle.mainJs.gzipBytes;
    summary.mainJsBrotliBytes = bundle.mainJs.brotliBytes;
  }
}
if (want('start')) {
  const start = (await optional('start.ts', 'benchStart')) as { restartToHealthMedianMs?: number };
  result.start = start;
  if (start.restartToHealthMedianMs !== undefined) summary.startToHealthMs = start.restartToHealthMedianMs;
}
result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
result.summary = { ...summarise(result), ...summary };

console.log(JSON.stringify(result, null, 2));
process.exit(0);
