// The web UI's download size: what a first visit must fetch before anything renders, gzipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { staticWebRoutes } from '../src/server/static-web.ts';

const DIST = join(import.meta.dirname, '..', 'dist', 'web');

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Referenced by index.html (entry script, its preloads, stylesheets), so fetched on every first load. */
  firstLoad: boolean;
}

/** Sizes of dist/web (build it first with `npm run build:web`); first load = index.html and what it references. */
export async function measureBundle(): Promise<{
  firstLoadGzipBytes: number;
  firstLoadJsGzipBytes: number;
  totalGzipBytes: number;
  mainJs: MainJsTransfer;
  files: BundleFile[];
}> {
  const indexPath = join(DIST, 'index.html');
  if (!existsSync(indexPath)) throw new Error('dist/web saknas: kör npm run build:web först.');
  const index = readFileSync(indexPath, 'utf8');
  const referenced = new Set(
    [...index.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')),
  );
  const files: BundleFile[] = [{ file: 'index.html', ...sizes(index), firstLoad: true }];
  // name.br and name.gz are the precompressed copies the server sends instead of name.
  for (const name of readdirSync(join(DIST, 'assets'))
    .filter((n) => !/\.(br|gz)$/.test(n))
    .sort()) {
    const file = `assets/${name}`;
    files.push({ file, ...sizes(readFileSync(join(DIST, file))), firstLoad: referenced.has(file) });
  }
  const sum = (list: BundleFile[]) => list.reduce((total, f) => total + f.gzipBytes, 0);
  const first = files.filter((f) => f.firstLoad);
  return {
    firstLoadGzipBytes: sum(first),
    firstLoadJsGzipBytes: sum(first.filter((f) => f.file.endsWith('.js'))),
    totalGzipBytes: sum(files),
    mainJs: await measureMainJsTransfer(index),
    files,
  };
}

function sizes(content: string | Buffer) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length };
}

export interface MainJsTransfer {
  file: string;
  /** Bytes on the wire as the server sends them for each Accept-Encoding. */
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  cacheControl: string | null;
}

/** Asks the server's own asset route for the entry script with each encoding and counts the body bytes. */
async function measureMainJsTransfer(index: string): Promise<MainJsTransfer> {
  const entry = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
  if (!entry) throw new Error('index.html saknar huvudskriptet.');
  const app = new Hono();
  staticWebRoutes(app, DIST);
  const bytes = async (acceptEncoding: string) => {
    const res = await app.request(`/${entry}`, { headers: { 'accept-encoding': acceptEncoding } });
    return { length: (await res.arrayBuffer()).byteLength, cacheControl: res.headers.get('cache-control') };
  };
  const raw = await bytes('identity');
  return {
    file: entry,
    rawBytes: raw.length,
    gzipBytes: (await bytes('gzip')).length,
    brotliBytes: (await bytes('br, gzip')).length,
    cacheControl: raw.cacheControl,
  };
}
