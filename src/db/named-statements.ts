// The hot path's statements cost PostgreSQL more to plan than to run: the plan tree (a 40-line query)
// took 3.8 ms per tree at city scale, 1.8 of them planning. pg sends every query as an unnamed
// statement, planned anew each time. A statement whose text ends with `/* statement: NAME */` is sent
// as a named (prepared) one instead, so each connection parses and plans it once and reuses the plan.
// Only marked statements are named on PostgreSQL: their text is fixed (values are parameters), so a
// connection holds a handful, never one per distinct query.
//
// PGlite parses and plans inside WebAssembly, several times slower than a native server, and has one
// connection for the life of the process, so there every query of fixed shape is prepared: an import
// of a plan sends some 160 small statements, and preparing them cut its time by a fifth. A statement
// whose text grows with its input (an IN list, several VALUES rows) is left unnamed, or each length
// would be another prepared statement; past PREPARED_LIMIT the connection prepares nothing more.
import { sql } from 'kysely';
import type pg from 'pg';

const MARK = /\/\* statement: ([a-z0-9-]+) \*\/$/;
const FIXED_SHAPE = /^(select|insert|update|delete|with)\b/i;
const GROWS_WITH_INPUT = /\bin \(\$\d+, \$|\), \(/i;
const PREPARED_LIMIT = 1000;

/** The marker that makes a statement a named one: the statement's last words (`.modifyEnd(…)` in a builder). */
export const namedStatement = (name: string) => sql.raw(` /* statement: ${name} */`);

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * The name a statement is sent under, or undefined to send it unnamed: the marker's name, else (with
 * `everyFixedShape`, for PGlite) `auto-N` for the Nth statement of fixed shape first seen.
 */
export function statementNamer(options: { everyFixedShape?: boolean; limit?: number } = {}) {
  const limit = options.limit ?? PREPARED_LIMIT;
  const automatic = new Map<string, string>();
  return (text: string): string | undefined => {
    if (text.endsWith('*/')) {
      const marked = MARK.exec(text)?.[1];
      if (marked) return marked;
    }
    if (!options.everyFixedShape) return undefined;
    const known = automatic.get(text);
    if (known) return known;
    if (automatic.size >= limit || !FIXED_SHAPE.test(text) || GROWS_WITH_INPUT.test(text)) return undefined;
    const name = `auto-${automatic.size + 1}`;
    automatic.set(text, name);
    return name;
  };
}

/**
 * Sends statements under the names `statementNamer` gives, on every connection the pool opens. The names
 * belong to the connection underneath, not to pg's client: PGlite's one connection outlives a client the
 * pool discards, and the next client must not give a name it already holds to another statement.
 */
export function nameStatements(pool: pg.Pool, options: { everyFixedShape?: boolean } = {}): void {
  const namers = new WeakMap<object, (text: string) => string | undefined>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const connection = (client as unknown as { connection: object }).connection;
    const nameOf = namers.get(connection) ?? statementNamer(options);
    namers.set(connection, nameOf);
    (client as { query: Query }).query = (config, values, callback) => {
      const name = typeof config === 'string' ? nameOf(config) : undefined;
      if (!name) return query(config, values, callback);
      return query({ name, text: config, values }, callback);
    };
  });
}
