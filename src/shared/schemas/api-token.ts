import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Role } from '../vocabulary.ts';
import { Id, requiredText, Timestamp } from './common.ts';

export const ApiTokenInput = z.object({
  name: requiredText(LIMITS.name, 'Namnet på API-nyckeln'),
  role: Role,
  /** null = the whole municipality. */
  organisationId: Id.nullable().default(null),
});
export type ApiTokenInput = z.input<typeof ApiTokenInput>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  role: Role,
  organisationId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revoked: z.boolean(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** The answer to a create: the secret itself, shown this once and never again. */
export const ApiTokenCreated = z.object({ token: z.string(), apiToken: ApiToken });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;
