import type { Kysely } from 'kysely';
import type { ApiTokenRow, Database } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { ApiToken, ApiTokenInput } from '../shared/schemas/api-token.ts';
import { type Ctx, inTransaction, type Principal } from './context.ts';
import { recordAudit } from './record.ts';
import { hashSecret, newSecret } from './session.ts';
import { assertAdmin, findPrincipal } from './user.ts';

/** Tokens start with a recognisable prefix, so a leaked one is easy to find in logs and repositories. */
const PREFIX = 'mk_';

/** Creates a token acting with one role over one organisation; the secret is returned this once only. */
export async function createApiToken(
  ctx: Ctx,
  input: ApiTokenInput & { userId?: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  assertAdmin(ctx);
  const userId = input.userId ?? ctx.principal?.userId;
  if (!userId) throw new AppError('INVALID', 'Ange vilket konto API-nyckeln skapas för.');
  return inTransaction(ctx, async (trx) => {
    if (input.organisationId) {
      const org = await trx.db
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', input.organisationId)
        .executeTakeFirst();
      if (!org)
        throw new AppError('INVALID', 'Organisationen finns inte. Välj en annan.', {
          fields: { organisationId: 'Okänd organisation.' },
        });
    }
    const token = PREFIX + newSecret();
    const row = await trx.db
      .insertInto('apiToken')
      .values({
        tokenHash: hashSecret(token),
        name: input.name,
        userId,
        role: input.role,
        organisationId: input.organisationId ?? null,
        createdAt: trx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const apiToken = await toApiToken(trx.db, row);
    await recordAudit(trx, 'api_token', row.id, 'create', null, apiToken);
    return { token, apiToken };
  });
}

export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  assertAdmin(ctx);
  const rows = await ctx.db.selectFrom('apiToken').selectAll().orderBy('createdAt', 'desc').execute();
  return Promise.all(rows.map((row) => toApiToken(ctx.db, row)));
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  assertAdmin(ctx);
  await inTransaction(ctx, async (trx) => {
    const row = await trx.db.selectFrom('apiToken').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('API-nyckeln', id);
    if (row.revokedAt) return;
    const before = await toApiToken(trx.db, row);
    await trx.db.updateTable('apiToken').set({ revokedAt: trx.now() }).where('id', '=', id).execute();
    await recordAudit(trx, 'api_token', id, 'update', before, { ...before, revoked: true });
  });
}

/**
 * The principal a bearer token acts as: its creator's name (for audit rows) with only the token's own role.
 * Undefined when the token is unknown or revoked, or its creator is disabled.
 */
export async function resolveApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<(Principal & { tokenName: string }) | undefined> {
  if (!token.startsWith(PREFIX)) return undefined;
  const row = await db
    .selectFrom('apiToken')
    .selectAll()
    .where('tokenHash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.revokedAt) return undefined;
  const owner = await findPrincipal(db, row.userId);
  if (!owner) return undefined;
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await db.updateTable('apiToken').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
  }
  return {
    userId: owner.userId,
    name: owner.name,
    email: owner.email,
    grants: [{ role: row.role, organisationId: row.organisationId }],
    tokenName: row.name,
  };
}

async function toApiToken(db: Kysely<Database>, row: ApiTokenRow): Promise<ApiToken> {
  const owner = await db
    .selectFrom('userAccount')
    .select(['name', 'email'])
    .where('id', '=', row.userId)
    .executeTakeFirst();
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    createdBy: owner ? `${owner.name} (${owner.email})` : '',
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: row.lastUsedAt ? new Date(row.lastUsedAt).toISOString() : null,
    revoked: row.revokedAt !== null,
  };
}
