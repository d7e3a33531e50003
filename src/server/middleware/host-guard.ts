import type { MiddlewareHandler } from 'hono';

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The port the request arrived on (Node server); undefined for in-process requests (app.request). */
function localPortOf(env: unknown): number | undefined {
  return (env as { incoming?: { socket?: { localPort?: number } } } | undefined)?.incoming?.socket?.localPort;
}

function splitHost(host: string): { name: string; port: string } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return { name: match?.[1] ?? '', port: match?.[2] ?? '' };
}

/**
 * Whether a Host header names this server: the configured public URL's host, or a localhost name with
 * the port the server listens on. Anything else may be DNS rebinding (a hostile name resolving to us).
 */
export function isAllowedHost(host: string, options: { publicUrl?: string; localPort?: number }): boolean {
  const requested = host.trim().toLowerCase();
  if (requested === '') return false;
  if (options.publicUrl && requested === new URL(options.publicUrl).host.toLowerCase()) return true;
  const { name, port } = splitHost(requested);
  if (!LOCAL_NAMES.has(name)) return false;
  if (options.localPort === undefined) return true;
  return (port === '' ? 80 : Number(port)) === options.localPort;
}

/** Refuses requests whose Host header is not ours (421), before any route sees them. */
export function hostGuard(options: { publicUrl?: string }): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (isAllowedHost(host, { publicUrl: options.publicUrl, localPort: localPortOf(c.env) })) return next();
    return c.json(
      {
        code: 'FORBIDDEN',
        message: `Servern svarar inte på adressen ${host}. Använd den adress som administratören har angett, eller sätt PUBLIC_URL till den adress användarna når servern på.`,
      },
      421,
    );
  };
}
