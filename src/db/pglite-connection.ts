// pg's connection to PGlite, in place of the one @electric-sql/pglite/node-postgres provides. That one
// hands each protocol message to PGlite on its own: a query is five trips into WebAssembly (parse, bind,
// describe, execute, sync), each with its own reply parsing and file-system sync. pg corks the stream
// around the messages of one query, as it would a socket's; here corking collects them and uncorking
// sends them in one trip, the way a pipelined socket delivers them to a server.
import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { serialize } from 'pg-protocol';

type Serialize = typeof serialize;

export class PgliteConnection extends EventEmitter {
  // pg's Client keeps which named statements this connection has prepared here.
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};
  _connecting = false;
  readonly stream = {
    destroy: () => this.end(),
    cork: () => {
      this.#corked++;
    },
    uncork: () => {
      if (this.#corked > 0 && --this.#corked === 0) this.#send();
    },
  };
  readonly #pglite: PGlite;
  #queue: Promise<unknown>;
  #pending: Buffer[] = [];
  #corked = 0;
  #messageListeners = false;

  constructor(pglite: PGlite) {
    super();
    this.#pglite = pglite;
    this.#queue = pglite.waitReady;
    this.on('newListener', (event) => {
      if (event === 'message') this.#messageListeners = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.#pglite.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  // No network: no TLS, start-up packet, password or cancel request to send.
  requestSsl() {}
  startup() {}
  password() {}
  cancel() {}
  ref() {}
  unref() {}

  query(text: string) {
    this.#write(serialize.query(text));
  }
  parse(query: Parameters<Serialize['parse']>[0]) {
    this.#write(serialize.parse(query));
  }
  bind(config: Parameters<Serialize['bind']>[0]) {
    this.#write(serialize.bind(config));
  }
  execute(config: Parameters<Serialize['execute']>[0]) {
    this.#write(serialize.execute(config));
  }
  describe(message: Parameters<Serialize['describe']>[0]) {
    this.#write(serialize.describe(message));
  }
  close(message: Parameters<Serialize['close']>[0]) {
    this.#write(serialize.close(message));
  }
  flush() {
    this.#write(serialize.flush());
  }
  sync() {
    this.#write(serialize.sync());
  }
  sendCopyFromChunk(chunk: Buffer) {
    this.#write(serialize.copyData(chunk));
  }
  endCopyFrom() {
    this.#write(serialize.copyDone());
  }
  sendCopyFail(message: string) {
    this.#write(serialize.copyFail(message));
  }

  end() {
    this.#queue = this.#queue.then(() => this.emit('end'));
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.#messageListeners = false;
  }

  #write(message: Buffer) {
    this.#pending.push(message);
    if (this.#corked === 0) this.#send();
  }

  /** Hands what is pending to PGlite in one trip, after the trips before it, and emits the replies in order. */
  #send() {
    const messages = this.#pending;
    if (messages.length === 0) return;
    this.#pending = [];
    const bytes = messages.length === 1 ? messages[0]! : Buffer.concat(messages);
    this.#queue = this.#queue
      .then(() => this.#pglite.execProtocolStream(bytes, { throwOnError: false }))
      .then((replies) => {
        for (const reply of replies) {
          if (this.#messageListeners) this.emit('message', reply);
          this.emit(reply.name === 'error' ? 'errorMessage' : reply.name, reply);
        }
      })
      .catch((error: unknown) => this.emit('error', error));
  }
}

/** A pg pool configuration whose one connection is `pglite` itself. */
export function pgliteConfig(pglite: PGlite): pg.PoolConfig {
  // pg takes a ready connection in place of a socket; its types do not say so.
  const config = {
    max: 1,
    user: 'postgres',
    database: 'postgres',
    password: 'dummy',
    host: 'localhost',
    port: 5432,
    connection: new PgliteConnection(pglite),
  };
  return config as unknown as pg.PoolConfig;
}
