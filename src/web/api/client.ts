import i18next from 'i18next';
import type { z } from 'zod';
import type { BodyIn, EndpointDef, PathParams, QueryIn, ResponseOf } from '../../shared/endpoint.ts';
import type { endpoints } from '../../shared/endpoints/index.ts';

/** A failed API call: the server's { code, message, details } or a network failure (code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get fieldErrors(): Record<string, string> {
    return (this.details?.fields as Record<string, string> | undefined) ?? {};
  }
}

async function request<T>(url: string, init: { method?: string; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    const method = init.method ?? 'GET';
    response = await fetch(url, {
      method,
      // The server refuses writes without a JSON content type (cross-site guard), bodyless deletes included.
      headers: method === 'GET' ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('common:errors.offlineSaving'));
  }
  if (response.status === 401 && shouldSendToSignIn(url)) {
    // The session ended (or never was): sign in and come back here. Unsaved text stays in localStorage.
    const here = window.location.pathname + window.location.search + window.location.hash;
    window.location.assign(`/logga-in?till=${encodeURIComponent(here)}`);
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.code ?? 'INTERNAL',
      data?.message ?? i18next.t('common:errors.serverStatus', { status: response.status }),
      data?.details,
    );
  }
  return data as T;
}

/** Calls about the session itself answer 401 as information, and the sign-in page is where one goes anyway. */
function shouldSendToSignIn(url: string): boolean {
  if (url.startsWith('/api/v1/session') || url.startsWith('/api/v1/public/')) return false;
  return typeof window !== 'undefined' && window.location.pathname !== '/logga-in';
}

/**
 * For a write's catch: when the server answers 409 (someone else changed or reordered the data), reload so the
 * page shows what is stored, then let the error's Swedish message reach the user.
 */
export function reloadOnConflict(reload: () => void) {
  return (error: unknown): never => {
    if (error instanceof ApiError && error.code === 'CONFLICT') reload();
    throw error;
  };
}

type Params<E extends EndpointDef> = keyof PathParams<E> extends never
  ? { params?: undefined }
  : { params: PathParams<E> };
type Body<E extends EndpointDef> = E extends { body: z.ZodType } ? { body: BodyIn<E> } : { body?: undefined };

/** What call() needs for an endpoint: its path ids, its query and its body, typed by the shared contract. */
export type CallArgs<E extends EndpointDef> = Params<E> & Body<E> & { query?: QueryIn<E> };

/** The parsed answer of a named endpoint, e.g. Answer<'updateGoal'>. */
export type Answer<K extends keyof typeof endpoints> = ResponseOf<(typeof endpoints)[K]>;

/** Calls an endpoint of the shared contract (src/shared/endpoints); argument and answer types follow its schemas. */
export function call<E extends EndpointDef>(endpoint: E, args: CallArgs<E>): Promise<ResponseOf<E>> {
  const params = (args.params ?? {}) as Record<string, string>;
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((args.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const query = search.size > 0 ? `?${search}` : '';
  return request<ResponseOf<E>>(`${path}${query}`, {
    method: endpoint.method.toUpperCase(),
    body: args.body,
  });
}
