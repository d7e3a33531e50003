import { z } from 'zod';
import type { EndpointDef } from '../shared/endpoint.ts';

const ParamPattern = /:([A-Za-z]+)/g;

/** The OpenAPI 3.1 document for every registered route. */
export function buildOpenApi(routes: readonly EndpointDef[]) {
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
      const schema = z.toJSONSchema(r.query, { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
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
      : { 'application/json': { schema: r.response ? jsonSchema(r.response, 'output') : {} } };
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
                  schema: jsonSchema(r.body, 'input'),
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

/** A request is described as the client sends it (input), a response as the client receives it (output). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}
