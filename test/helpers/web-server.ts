import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { OidcConfig } from '../../src/oidc-config.ts';
import { createApp } from '../../src/server/app.ts';
import { SESSION_COOKIE } from '../../src/server/middleware/authenticate.ts';
import type { Role } from '../../src/services/context.ts';
import { createTestAccount, type TestAccount } from './auth.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCK = join(ROOT, 'dist', '.web-build.lock');

/**
 * Builds dist/web when its stamp does not match the sources (the same check `npm start` makes);
 * parallel test files take turns under a lock, so only the first one builds.
 */
export async function ensureWebBuilt(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      mkdirSync(join(ROOT, 'dist'), { recursive: true });
      mkdirSync(LOCK);
    } catch {
      await sleep(500);
      continue;
    }
    try {
      const result = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-changed'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (result.status !== 0)
        throw new Error('Bygget av webbgränssnittet misslyckades (scripts/build-web.mjs).');
      return;
    } finally {
      rmdirSync(LOCK);
    }
  }
  throw new Error('Väntade för länge på att webbgränssnittet skulle byggas (ta bort dist/.web-build.lock?).');
}

export interface WebServer {
  url: string;
  /** An admin over the whole municipality, created with the server. */
  admin: TestAccount;
  /**
   * Signs a browser context in by giving it a session cookie: as the admin by default, or as a new account
   * with the role over the organisation (null = the whole municipality). Returns the account.
   */
  signIn: (context: BrowserContext, role?: Role, organisationId?: string | null) => Promise<TestAccount>;
  close: () => Promise<void>;
}

/**
 * The full app with the demo municipality (unless demo: false) on a free port, over the test file's database.
 * With `oidc`, single sign-on is on: the app is made once the port, and so PUBLIC_URL, is known.
 */
export async function startWebServer(
  database: DatabaseHandle,
  options: { demo?: boolean; oidc?: (publicUrl: string) => Promise<OidcConfig> } = {},
): Promise<WebServer> {
  await ensureWebBuilt();
  if (options.demo !== false) await seedDemo({ db: database.db, actor: 'demo', now: () => new Date() });
  let app: Hono | undefined;
  const server = serve({ fetch: (request, env) => app!.fetch(request, env), hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const oidc = await options.oidc?.(url);
  app = createApp({ database, actor: 'e2e', ...(oidc ? { oidc, publicUrl: url } : {}) }).app;
  const admin = await createTestAccount(database.db, { role: 'admin', name: 'E2E Admin' });
  return {
    url,
    admin,
    signIn: async (context, role, organisationId = null) => {
      const account = role ? await createTestAccount(database.db, { role, organisationId }) : admin;
      await context.addCookies([
        { name: SESSION_COOKIE, value: account.token, url, httpOnly: true, sameSite: 'Lax' },
      ]);
      return account;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** What the page's axe-core global offers that these tests use (the script is injected, not imported). */
interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}
interface AxeGlobal {
  axe?: {
    run(
      context: Document,
      options: { runOnly: string[] },
    ): Promise<{ violations: AxeResult[]; passes: AxeResult[] }>;
  };
}

async function loadAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as AxeGlobal).axe !== 'undefined');
  // Evaluated through the DevTools protocol: a script tag would be inline code, which the app's CSP refuses.
  if (!loaded) await page.evaluate(readFileSync(AXE, 'utf8'));
}

/** One axe rule on the page: the targets it passed and the targets it failed. */
export async function runAxeRule(
  page: Page,
  rule: string,
): Promise<{ passes: string[]; violations: string[] }> {
  await loadAxe(page);
  return page.evaluate(async (id) => {
    const result = await (window as AxeGlobal).axe!.run(document, { runOnly: [id] });
    // Plain expressions only: a named helper here would be compiled with a `__name` call the page lacks.
    return {
      passes: result.passes.flatMap((r) => r.nodes.map((n) => n.target.join(' '))),
      violations: result.violations.flatMap((r) => r.nodes.map((n) => n.target.join(' '))),
    };
  }, rule);
}

/** WCAG 2.1 A/AA violations on the page as "rule: target" lines (empty when clean). */
export async function findAxeViolations(page: Page): Promise<string[]> {
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const result = await (window as AxeGlobal).axe!.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}

const SHOTS = join(ROOT, 'test-output', 'screenshots');

/**
 * Screenshots the page at desktop and phone width into test-output/screenshots (gitignored) and returns
 * the WCAG violations found at either width, prefixed with the width.
 */
export async function checkBothWidths(page: Page, name: string, focus?: Locator): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  const violations: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(150);
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
    violations.push(...(await findAxeViolations(page)).map((v) => `${width} px: ${v}`));
  }
  await page.setViewportSize(original);
  return violations;
}
