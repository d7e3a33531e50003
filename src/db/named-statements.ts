// The hot path's statements cost PostgreSQL more to plan than to run: the plan tree (a 40-line query)
// took 3.8 ms per tree at city scale, 1.8 of them planning. pg sends every query as an unnamed
// statement, planned anew each time. A statement whose text ends with `/* statement: NAME */` is sent
// as a named (prepared) one instead, so each connection parses and plans it once and reuses the plan.
// Only marked statements are named: their text is fixed (values are parameters), so a connection holds
// a handful, never one per distinct query.
import { sql } from 'kysely';
import type pg from 'pg';

const MARK = /\/\* statement: ([a-z0-9-]+) \*\/$/;

/** The marker that makes a statement a named one: the statement's last words (`.modifyEnd(…)` in a builder). */
export const namedStatement = (name: string) => sql.raw(` /* statement: ${name} */`);

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Sends marked statements as named statements on every connection the pool opens. */
export function nameMarkedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    (client as { query: Query }).query = (config, values, callback) => {
      const name = typeof config === 'string' && config.endsWith('*/') ? MARK.exec(config)?.[1] : undefined;
      if (!name) return query(config, values, callback);
      return query({ name, text: config, values }, callback);
    };
  });
}
