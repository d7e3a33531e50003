import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import type { BodyOut, EndpointDef, PathParams, QueryOut, ResponseOf } from '../shared/endpoint.ts';
import { parseWith } from '../shared/parse.ts';
import { Id } from '../shared/schemas/common.ts';
import type { Identify } from './middleware/authenticate.ts';

export { buildOpenApi } from './openapi.ts';

/** JSON turns a Date into its ISO string, so a handler may return a Date wherever the response has a string. */
type Serialisable<T> = T extends string
  ? string | Date
  : T extends readonly (infer U)[]
    ? Serialisable<U>[]
    : T extends object
      ? { [K in keyof T]: Serialisable<T[K]> }
      : T;

/** What a handler returns: the endpoint's response, a Response of its own (documents), or nothing for 204. */
type HandlerResult<E extends EndpointDef> = E['produces'] extends string
  ? Response
  : E['status'] extends 204
    ? unknown
    : Serialisable<ResponseOf<E>> | Response;

export interface HandlerArgs<E extends EndpointDef> {
  ctx: Ctx;
  params: PathParams<E>;
  body: BodyOut<E>;
  query: QueryOut<E>;
  c: Context;
}

export type Handler<E extends EndpointDef> = (args: HandlerArgs<E>) => Promise<HandlerResult<E>>;

export interface Api {
  app: Hono;
  ctxFor: (c: Context) => Ctx;
  /** Who sends a request (session cookie or API token); see middleware/authenticate.ts. */
  identify: Identify;
  routes: EndpointDef[];
}

/**
 * An endpoint written inline with its handler, the older form: params, body and query are typed less
 * precisely. New endpoints belong in src/shared/endpoints (so the web client can call them by name).
 */
export interface InlineRouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined>
  extends Omit<EndpointDef, 'body' | 'query'> {
  body?: B;
  query?: Q;
  handler: (args: {
    ctx: Ctx;
    params: Record<string, string>;
    body: B extends z.ZodType ? z.output<B> : undefined;
    query: Q extends z.ZodType ? z.output<Q> : undefined;
    c: Context;
  }) => Promise<unknown>;
}

type LooseArgs = { ctx: Ctx; params: Record<string, string>; body: unknown; query: unknown; c: Context };

/**
 * Registers a route and remembers it for the OpenAPI document, so the document cannot miss one.
 * Path ids, the query and the body are parsed with the endpoint's schemas before the handler runs.
 */
export function route<const E extends EndpointDef>(api: Api, spec: E, handler: Handler<E>): void;
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(api: Api, spec: InlineRouteSpec<B, Q>): void;
export function route(
  api: Api,
  spec: EndpointDef & { handler?: (args: LooseArgs) => Promise<unknown> },
  handler?: (args: LooseArgs) => Promise<unknown>,
): void {
  const run = (handler ?? spec.handler)!;
  const { handler: _, ...definition } = spec;
  api.routes.push(definition);
  api.app[spec.method](spec.path, async (c) => {
    const params = parseParams(spec.path, c.req.param() as Record<string, string>);
    const body = spec.body ? parseWith(spec.body, await readJson(c), 'body') : undefined;
    const query = spec.query ? parseWith(spec.query, c.req.query(), 'query') : undefined;
    const result = await run({ ctx: api.ctxFor(c), params, body, query, c });
    if (result instanceof Response) return result;
    if (spec.status === 204) return c.body(null, 204);
    return c.json(result ?? null, spec.status ?? 200);
  });
}

/**
 * Every path parameter is a record id. A malformed id names no record, so it is answered exactly like
 * an id that does not exist: 404 on every route.
 */
export function parseParams(path: string, raw: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of path.matchAll(ParamPattern)) {
    const value = raw[name!] ?? '';
    if (!Id.safeParse(value).success) {
      throw new AppError(
        'NOT_FOUND',
        `Det finns ingen post med id ”${value.slice(0, 60)}”. Kontrollera adressen.`,
        {
          fields: { [name!]: 'Ogiltigt id: förväntade ett UUID.' },
        },
      );
    }
    params[name!] = value;
  }
  return params;
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(
      'INVALID',
      'Förfrågan innehåller ogiltig JSON. Kontrollera kommatecken, citattecken och klamrar.',
      {
        fields: { body: 'Ogiltig JSON.' },
      },
    );
  }
}

const ParamPattern = /:([A-Za-z]+)/g;
