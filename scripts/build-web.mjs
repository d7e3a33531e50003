// Builds the web app into dist/web and records a stamp: a hash of everything the bundle is made from.
// `--if-changed` skips the build when the stamp matches, so `npm start` on a built checkout starts at once.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'web');
const STAMP = join(DIST, '.build-stamp');
/** The bundle compiles src/web (with its Vite config and precompress plugin) plus the shared code it imports. */
const SOURCE_DIRS = ['src/web', 'src/shared', 'src/domain'];
const SOURCE_FILES = ['package-lock.json', 'scripts/build-web.mjs'];

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (!entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test.tsx')) out.push(path);
  }
  return out;
}

/** sha256 over the sorted source paths and their contents; tests are left out, they never reach the bundle. */
export function computeWebStamp(root = ROOT) {
  const files = [
    ...SOURCE_DIRS.flatMap((d) => listFiles(join(root, d))),
    ...SOURCE_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
  ]
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isWebBuildCurrent(stamp = computeWebStamp()) {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, 'utf8').trim() === stamp;
}

export async function buildWeb({ ifChanged = false } = {}) {
  const stamp = computeWebStamp();
  if (ifChanged && isWebBuildCurrent(stamp)) return false;
  console.log('Bygger webbgränssnittet …');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
  // Written last: an interrupted build leaves no stamp, so the next start builds again.
  writeFileSync(STAMP, `${stamp}\n`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildWeb({ ifChanged: process.argv.includes('--if-changed') });
}
