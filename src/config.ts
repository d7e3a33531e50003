import { resolve } from 'node:path';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  actor: string;
  logRequests: boolean;
  /** The address users reach the server on, e.g. https://mal.kommun.se; its host joins the localhost names. */
  publicUrl: string | undefined;
  /** TRUST_PROXY=1: a load balancer in front sets X-Forwarded-For (the sign-in rate limit counts per client). */
  trustProxy: boolean;
}

/** Reads configuration from the environment; every variable is documented in the README. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT måste vara ett heltal mellan 0 och 65535, fick "${env.PORT}".`);
  }
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl && !URL.canParse(publicUrl)) {
    throw new Error(
      `PUBLIC_URL måste vara en fullständig adress, t.ex. https://mal.kommun.se, fick "${publicUrl}".`,
    );
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    actor: env.MALKEDJA_ACTOR ?? 'lokal-användare',
    logRequests: env.LOG_REQUESTS !== '0',
    publicUrl,
    trustProxy: env.TRUST_PROXY === '1',
  };
}
