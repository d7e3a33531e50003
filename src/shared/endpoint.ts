// The API contract: every endpoint's method, path, query, body and response as zod, declared once in
// src/shared/endpoints/. The server's route() validates requests with it and writes /api/openapi.json
// from it; the web client's call() takes its types from it. No code generation, one source of truth.
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface EndpointDef {
  method: Method;
  /** Hono path, e.g. /api/v1/goals/:id; every :param is a record id. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON the endpoint answers with on success. */
  response?: z.ZodType;
  /** Status on success; 201 for creates, 204 for no content. */
  status?: 200 | 201 | 204;
  /** Non-JSON responses (documents) answer with this media type. */
  produces?: string;
}

/** Declares an endpoint, keeping its literal path and schemas in the type. */
export function endpoint<const E extends EndpointDef>(definition: E): E {
  return definition;
}

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of an endpoint, by name (all ids). */
export type PathParams<E extends EndpointDef> = { [K in ParamNames<E['path']>]: string };

type Schema<E extends EndpointDef, K extends 'query' | 'body' | 'response'> = E[K] extends z.ZodType
  ? E[K]
  : never;

/** What a caller sends (schema input) and what the server works with (schema output). */
export type QueryIn<E extends EndpointDef> = E['query'] extends z.ZodType
  ? z.input<Schema<E, 'query'>>
  : undefined;
export type QueryOut<E extends EndpointDef> = E['query'] extends z.ZodType
  ? z.output<Schema<E, 'query'>>
  : undefined;
export type BodyIn<E extends EndpointDef> = E['body'] extends z.ZodType
  ? z.input<Schema<E, 'body'>>
  : undefined;
export type BodyOut<E extends EndpointDef> = E['body'] extends z.ZodType
  ? z.output<Schema<E, 'body'>>
  : undefined;
/** The parsed JSON a successful call answers with. */
export type ResponseOf<E extends EndpointDef> = E['response'] extends z.ZodType
  ? z.output<Schema<E, 'response'>>
  : undefined;
