// PGlite has one connection. Its pool hands that connection out per query, in the order queries ask
// for it; a request that needs several rounds of queries (the plan tree needs three) rejoins the back
// of the line each round, so under load every request crawls and a write waits behind reads that
// arrived after it. This pool serves the connection in the order the *requests* arrived: a request's
// later rounds go before requests that came after it. A request's seniority is capped at AGE_LIMIT_MS,
// so a long job (an import) goes before requests younger than that but never before one that has
// waited longer; work outside a request queues by when it asks.
// Writes (any method but GET and HEAD) go before every read, in their own arrival order: an editor's save is a
// short transaction, and under overload, with the cap, each of its rounds still waited behind every read that
// had queued more than a second (seconds to tens of seconds on a loaded PGlite).
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

const AGE_LIMIT_MS = 1000;
/** Ahead of any read: longer than any request waits. */
const WRITE_AHEAD_MS = 3_600_000;

export interface RequestArrival {
  /** performance.now() when the request arrived. */
  at: number;
  write: boolean;
}

/** Set by the server for each request. */
export const requestArrival = new AsyncLocalStorage<RequestArrival>();

/** What a request queues by: when it arrived, and whether it writes. */
export function arrivalOf(method: string, at = performance.now()): RequestArrival {
  return { at, write: method !== 'GET' && method !== 'HEAD' };
}

interface Waiter {
  key: number;
  seq: number;
  resolve: (client: pg.PoolClient) => void;
  reject: (error: Error) => void;
}

export class ArrivalOrderPool {
  readonly #pool: pg.Pool;
  readonly #queue: Waiter[] = [];
  #busy = false;
  #seq = 0;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  connect(): Promise<pg.PoolClient> {
    const now = performance.now();
    const request = requestArrival.getStore();
    const key =
      request === undefined
        ? now
        : request.write
          ? request.at - WRITE_AHEAD_MS
          : Math.max(request.at, now - AGE_LIMIT_MS);
    return new Promise((resolve, reject) => {
      const waiter = { key, seq: ++this.#seq, resolve, reject };
      let at = this.#queue.length;
      while (at > 0 && this.#queue[at - 1]!.key > key) at--;
      this.#queue.splice(at, 0, waiter);
      this.#next();
    });
  }

  #next(): void {
    if (this.#busy) return;
    const waiter = this.#queue.shift();
    if (!waiter) return;
    this.#busy = true;
    this.#pool.connect().then(
      (client) => {
        const release = client.release.bind(client);
        client.release = (error?: Error | boolean) => {
          client.release = release;
          release(error);
          this.#busy = false;
          this.#next();
        };
        waiter.resolve(client);
      },
      (error: Error) => {
        this.#busy = false;
        waiter.reject(error);
        this.#next();
      },
    );
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}
