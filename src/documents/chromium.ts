import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { AppError } from '../domain/errors.ts';

const USUAL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The system Chromium: CHROMIUM_PATH (or the given path) first, then the usual install paths. */
export function findChromium(explicit: string | undefined = process.env.CHROMIUM_PATH): string | undefined {
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return USUAL_PATHS.find((p) => existsSync(p));
}

export function chromiumMissing(explicit?: string): AppError {
  const where = explicit ? `CHROMIUM_PATH pekar på ${explicit}, som inte finns.` : 'Chromium hittades inte.';
  return new AppError(
    'UNAVAILABLE',
    `PDF kan inte skapas just nu: ${where} Installera Chromium på servern (apt-get install chromium) eller ange sökvägen i miljövariabeln CHROMIUM_PATH. Word- och HTML-versionerna fungerar under tiden.`,
  );
}

let shared: { path: string; browser: Promise<Browser> } | undefined;

/** One browser for the process, started on first use and restarted if it dies. */
export async function getBrowser(explicit: string | undefined = process.env.CHROMIUM_PATH): Promise<Browser> {
  const path = findChromium(explicit);
  if (!path) throw chromiumMissing(explicit);
  if (shared && shared.path === path) {
    const browser = await shared.browser.catch(() => undefined);
    if (browser?.isConnected()) return browser;
  }
  const launching = chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
  shared = { path, browser: launching };
  try {
    const browser = await launching;
    browser.on('disconnected', () => {
      if (shared?.browser === launching) shared = undefined;
    });
    return browser;
  } catch (error) {
    shared = undefined;
    throw new AppError(
      'UNAVAILABLE',
      `Chromium (${path}) kunde inte startas: ${(error as Error).message.split('\n')[0]} Kontrollera installationen (apt-get install chromium) eller CHROMIUM_PATH.`,
    );
  }
}

/** Closes the shared browser; the next PDF starts a new one. */
export async function closeBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  idlePages.length = 0;
  if (!current) return;
  const browser = await current.browser.catch(() => undefined);
  await browser?.close();
}

const contexts = new WeakMap<Browser, Promise<BrowserContext>>();
const idlePages: Page[] = [];
const MAX_IDLE_PAGES = 4;

/**
 * Runs fn with a page of the browser. Opening a context and a page costs more than printing a short
 * plan, so pages are kept and reused; each render replaces the whole content with setContent.
 */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  let page: Page | undefined;
  while (!page && idlePages.length) {
    const candidate = idlePages.pop()!;
    if (!candidate.isClosed() && candidate.context().browser() === browser) page = candidate;
  }
  if (!page) {
    let context = contexts.get(browser);
    if (!context) {
      context = browser.newContext();
      contexts.set(browser, context);
    }
    page = await (await context).newPage();
  }
  let healthy = false;
  try {
    const result = await fn(page);
    healthy = true;
    return result;
  } finally {
    if (healthy && browser.isConnected() && idlePages.length < MAX_IDLE_PAGES) idlePages.push(page);
    else await page.close().catch(() => undefined);
  }
}
