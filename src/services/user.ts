import type { Kysely } from 'kysely';
import type { Database, UserAccountRow } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Origin } from '../domain/vocabulary.ts';
import type { User, UserPatch } from '../shared/schemas/user.ts';
import { type Ctx, inTransaction, type Principal, type RoleGrant } from './context.ts';
import { assertPasswordAcceptable, hashPassword } from './password.ts';
import { recordAudit } from './record.ts';

export interface NewUser {
  email: string;
  name: string;
  password?: string;
  /** A precomputed hash (demo accounts share one), instead of password. */
  passwordHash?: string;
  oidcSubject?: string;
  roles?: RoleGrant[];
  origin?: Origin;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The name audit rows carry for a person: their name and the address that tells two namesakes apart. */
export function actorFor(principal: { name: string; email: string }): string {
  return `${principal.name} (${principal.email})`;
}

/** Until the authorization matrix lands, account administration is for whole-municipality admins only. */
export function assertAdmin(ctx: Ctx): void {
  if (!ctx.principal) return;
  if (ctx.principal.grants.some((g) => g.role === 'admin' && g.organisationId === null)) return;
  throw new AppError('FORBIDDEN', 'Bara en administratör får hantera konton och API-nycklar.');
}

export async function createUser(ctx: Ctx, input: NewUser): Promise<User> {
  assertAdmin(ctx);
  if (input.password !== undefined) assertPasswordAcceptable(input.password);
  const passwordHash =
    input.passwordHash ?? (input.password !== undefined ? await hashPassword(input.password) : null);
  return inTransaction(ctx, async (trx) => {
    const email = normaliseEmail(input.email);
    const taken = await trx.db
      .selectFrom('userAccount')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', `Det finns redan ett konto med e-postadressen ${email}.`);
    const now = trx.now();
    const row = await trx.db
      .insertInto('userAccount')
      .values({
        email,
        name: input.name.trim(),
        passwordHash,
        oidcSubject: input.oidcSubject ?? null,
        origin: input.origin ?? 'manual',
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await replaceRoles(trx.db, row.id, input.roles ?? []);
    const user = await getUser(trx, row.id);
    await recordAudit(trx, 'user', row.id, 'create', null, user);
    return user;
  });
}

export async function updateUser(ctx: Ctx, id: string, patch: UserPatch): Promise<User> {
  assertAdmin(ctx);
  if (patch.password !== undefined) assertPasswordAcceptable(patch.password);
  const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
  return inTransaction(ctx, async (trx) => {
    const before = await getUser(trx, id);
    if (patch.disabled === true && ctx.principal?.userId === id) {
      throw new AppError('INVALID', 'Du kan inte stänga av ditt eget konto. Be en annan administratör.');
    }
    const now = trx.now();
    await trx.db
      .updateTable('userAccount')
      .set({
        updatedAt: now,
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        ...(patch.disabled !== undefined ? { disabledAt: patch.disabled ? now : null } : {}),
      })
      .where('id', '=', id)
      .execute();
    // A disabled account or a new password ends every session and token of the account at once.
    if (patch.disabled === true || passwordHash !== undefined) {
      await trx.db.deleteFrom('userSession').where('userId', '=', id).execute();
    }
    if (patch.disabled === true) {
      await trx.db
        .updateTable('apiToken')
        .set({ revokedAt: now })
        .where('userId', '=', id)
        .where('revokedAt', 'is', null)
        .execute();
    }
    if (patch.roles) await replaceRoles(trx.db, id, patch.roles);
    const after = await getUser(trx, id);
    await recordAudit(trx, 'user', id, 'update', before, after);
    return after;
  });
}

async function replaceRoles(db: Kysely<Database>, userId: string, grants: RoleGrant[]) {
  await db.deleteFrom('userRole').where('userId', '=', userId).execute();
  const unique = new Map(grants.map((g) => [`${g.role}/${g.organisationId ?? ''}`, g]));
  for (const g of unique.values()) {
    if (g.organisationId) {
      const org = await db
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', g.organisationId)
        .executeTakeFirst();
      if (!org)
        throw new AppError('INVALID', `Organisationen ${g.organisationId} finns inte. Välj en annan.`, {
          fields: { roles: 'Okänd organisation.' },
        });
    }
    await db
      .insertInto('userRole')
      .values({ userId, role: g.role, organisationId: g.organisationId })
      .execute();
  }
}

export async function listUsers(ctx: Ctx): Promise<User[]> {
  assertAdmin(ctx);
  const rows = await ctx.db.selectFrom('userAccount').selectAll().orderBy('name').orderBy('email').execute();
  const roles = await ctx.db.selectFrom('userRole').select(['userId', 'role', 'organisationId']).execute();
  return rows.map((row) =>
    toUser(
      row,
      roles.filter((r) => r.userId === row.id),
    ),
  );
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const row = await ctx.db.selectFrom('userAccount').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Kontot', id);
  return toUser(row, await findGrants(ctx.db, id));
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserAccountRow | undefined> {
  return db
    .selectFrom('userAccount')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export async function findGrants(db: Kysely<Database>, userId: string): Promise<RoleGrant[]> {
  return db
    .selectFrom('userRole')
    .select(['role', 'organisationId'])
    .where('userId', '=', userId)
    .orderBy('role')
    .execute();
}

/** The principal of an enabled account, or undefined when it is missing or disabled. */
export async function findPrincipal(db: Kysely<Database>, userId: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom('userAccount')
    .select(['id', 'name', 'email', 'disabledAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row || row.disabledAt) return undefined;
  return { userId: row.id, name: row.name, email: row.email, grants: await findGrants(db, userId) };
}

function toUser(row: UserAccountRow, grants: RoleGrant[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    hasPassword: row.passwordHash !== null,
    singleSignOn: row.oidcSubject !== null,
    origin: row.origin,
    disabled: row.disabledAt !== null,
    roles: grants.map((g) => ({ role: g.role, organisationId: g.organisationId })),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
