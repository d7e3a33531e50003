import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { Ctx } from '../services/context.ts';
import { parseWith } from '../shared/parse.ts';
import { Id } from '../shared/schemas/common.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: Method;
  /** Hono path, e.g. /api/v1/goals/:id */
  path: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  /** Status on success; 201 for creates. */
  status?: 200 | 201 | 204;
  /** Non-JSON responses (documents) answer with this media type. */
  produces?: string;
  handler: (args: {
    ctx: Ctx;
    params: Record<string, string>;
    body: B extends z.ZodType ? z.infer<B> : undefined;
    query: Q extends z.ZodType ? z.infer<Q> : undefined;
    c: Context;
  }) => Promise<unknown>;
}

export interface Api {
  app: Hono;
  ctxFor: (c: Context) => Ctx;
  routes: RouteSpec<any, any>[];
}

/** Registers a route and remembers it for the OpenAPI document, so the document cannot miss one. */
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(api: Api, spec: RouteSpec<B, Q>) {
  api.routes.push(spec);
  api.app[spec.method](spec.path, async (c) => {
    const params = parseParams(spec.path, c.req.param() as Record<string, string>);
    const body = spec.body ? parseWith(spec.body, await readJson(c), 'body') : undefined;
    const query = spec.query ? parseWith(spec.query, c.req.query(), 'query') : undefined;
    const result = await spec.handler({
      ctx: api.ctxFor(c),
      params,
      body,
      query,
      c,
    } as any);
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

/** The OpenAPI 3.1 document for every registered route. */
export function buildOpenApi(routes: RouteSpec<any, any>[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { $ref: '#/components/schemas/Error' };
  for (const r of routes) {
    const path = r.path.replace(ParamPattern, '{$1}');
    const parameters: unknown[] = [...r.path.matchAll(ParamPattern)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (r.query) {
      const schema = z.toJSONSchema(r.query, { io: 'input', unrepresentable: 'any' }) as any;
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: (schema.required ?? []).includes(name),
          schema: prop,
        });
      }
    }
    const content = r.produces
      ? { [r.produces]: { schema: { type: 'string', format: 'binary' } } }
      : { 'application/json': { schema: {} } };
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
      parameters,
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: { description: 'OK', ...(r.status === 204 ? {} : { content }) },
        '400': { description: 'Ogiltiga uppgifter', content: { 'application/json': { schema: error } } },
        '404': { description: 'Finns inte', content: { 'application/json': { schema: error } } },
        '409': {
          description: 'Konflikt (inaktuell version)',
          content: { 'application/json': { schema: error } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Målkedja API',
      version: '1',
      description: 'Målkedjan från kommunfullmäktige till enhet.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: {
              type: 'string',
              enum: ['INVALID', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'UNAVAILABLE'],
            },
            message: { type: 'string' },
            details: { type: 'object' },
          },
        },
      },
    },
  };
}
