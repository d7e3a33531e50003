// From `npm start` to the first /api/v1/health answer, on an already-built checkout with existing data.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(import.meta.dirname, '..');

export interface StartedServer {
  child: ChildProcess;
  output: () => string;
  /** Milliseconds from spawn to the first 200 from /api/v1/health. */
  healthMs: number;
  url: string;
}

/** Runs `npm start` on a free port over dataDir and waits for the health answer. */
export async function startAndWaitForHealth(dataDir: string, timeoutMs = 120_000): Promise<StartedServer> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_REQUESTS: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  while (performance.now() - started < timeoutMs) {
    const url = /körs på (http:\/\/[^/\s]+)\//.exec(output)?.[1];
    if (child.exitCode !== null) throw new Error(`npm start avslutades (${child.exitCode}):\n${output}`);
    if (url) {
      const res = await fetch(`${url}/api/v1/health`).catch(() => undefined);
      if (res?.ok) return { child, output: () => output, healthMs: performance.now() - started, url };
    }
    await sleep(10);
  }
  await stopServer({ child } as StartedServer);
  throw new Error(`Ingen hälsokontroll inom ${timeoutMs} ms:\n${output}`);
}

/** SIGTERM to npm and the server under it; resolves when the process group has exited. */
export async function stopServer(server: Pick<StartedServer, 'child'>): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Seeds a fresh data folder with one start, then times `runs` restarts of the already-built checkout. */
export async function benchStart(runs = 3) {
  const dataDir = mkdtempSync(join(tmpdir(), 'malkedja-start-'));
  try {
    const first = await startAndWaitForHealth(dataDir);
    await stopServer(first);
    const restarts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const server = await startAndWaitForHealth(dataDir);
      restarts.push(Math.round(server.healthMs));
      await stopServer(server);
    }
    const sorted = [...restarts].sort((a, b) => a - b);
    return {
      firstStartWithDemoSeedMs: Math.round(first.healthMs),
      restartToHealthMs: restarts,
      restartToHealthMedianMs: sorted[Math.floor(sorted.length / 2)]!,
      aimMs: 3000,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
