import type { DatabaseHandle } from '../db/database.ts';
import { documentRoutes } from '../documents/routes.ts';
import { createApp } from './app.ts';
import { importRoutes } from './routes/import.ts';
import { staticWebRoutes } from './static-web.ts';

export interface FullAppOptions {
  database: DatabaseHandle;
  actor: string;
  log?: (line: Record<string, unknown>) => void;
}

/** The API plus every layer built on it (documents, imports, the web UI); used by serve and e2e tests. */
export function createFullApp(options: FullAppOptions) {
  const { app } = createApp({
    database: options.database,
    actor: options.actor,
    log: options.log,
    extend: [documentRoutes(), importRoutes],
  });
  staticWebRoutes(app);
  return app;
}
