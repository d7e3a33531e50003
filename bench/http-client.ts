// The load bench's HTTP client. It shares two cores with the server and PostgreSQL, so it must be cheap:
// Node 20's fetch (undici over web streams) cost about 4.8 ms of CPU per request here, as much as the
// server and the database together, and its own queue then showed up as server latency. node:http with
// kept-alive connections costs a fraction of that. Like a browser it asks for gzip and unpacks the answer.
import { Agent, request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

export interface HttpAnswer {
  status: number;
  text: string;
}

type Init = { method?: string; headers?: Record<string, string>; body?: string };

export async function request(url: string, init: Init = {}): Promise<HttpAnswer> {
  try {
    return await send(url, init);
  } catch (error) {
    // A kept-alive connection the server closed just as it was reused: sent again once on a new one, as
    // browsers do (and as Node's documentation advises). A PATCH carries its version, so should the first
    // copy have landed after all, the second gets 409 and is counted as a conflict, never a lost update.
    if ((error as { reused?: boolean }).reused) return send(url, init);
    throw error;
  }
}

function send(url: string, init: Init): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        agent,
        method: init.method ?? 'GET',
        headers: {
          'accept-encoding': 'gzip',
          ...(init.body === undefined ? {} : { 'content-length': Buffer.byteLength(init.body) }),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const plain = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
          resolve({ status: res.statusCode ?? 0, text: plain.toString('utf8') });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const reused = req.reusedSocket && error.code === 'ECONNRESET';
      reject(Object.assign(error, { reused }));
    });
    req.end(init.body);
  });
}

/** Closes the kept-alive connections, so the process can end. */
export function closeConnections(): void {
  agent.destroy();
}
