import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { Role } from '../vocabulary.ts';
import { Id, requiredText, Timestamp } from './common.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, { error: 'E-postadressen får vara högst 320 tecken.' })
  .pipe(z.email({ error: 'Ange en e-postadress, till exempel anna.andersson@kommun.se.' }));

export const RoleGrant = z.object({
  role: Role,
  /** null = the whole municipality. */
  organisationId: Id.nullable(),
});
export type RoleGrant = z.infer<typeof RoleGrant>;

export const SignInInput = z.object({
  email: z.string().max(320, { error: 'E-postadressen får vara högst 320 tecken.' }),
  password: z.string().max(512, { error: 'Lösenordet får ha högst 512 tecken.' }),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** Who is signed in and with which roles. */
export const SessionInfo = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  grants: z.array(RoleGrant),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  hasPassword: z.boolean(),
  singleSignOn: z.boolean(),
  origin: z.string(),
  disabled: z.boolean(),
  roles: z.array(RoleGrant),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const UserInput = z.object({
  email: Email,
  name: requiredText(LIMITS.name, 'Namnet'),
  /** Optional: accounts that only use single sign-on have none. */
  password: z.string().max(512).optional(),
  roles: z.array(RoleGrant).max(100).default([]),
});
export type UserInput = z.input<typeof UserInput>;

export const UserPatch = z.object({
  name: requiredText(LIMITS.name, 'Namnet').optional(),
  password: z.string().max(512).optional(),
  disabled: z.boolean().optional(),
  roles: z.array(RoleGrant).max(100).optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const DemoAccount = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  organisationName: z.string().nullable(),
});
export type DemoAccount = z.infer<typeof DemoAccount>;

export const SignInOptions = z.object({
  singleSignOn: z.boolean(),
  demoAccounts: z.array(DemoAccount),
});
export type SignInOptions = z.infer<typeof SignInOptions>;
