import type { Kysely } from 'kysely';
import type { Database, UserAccountRow } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { MappedRole } from '../oidc-config.ts';
import type { Ctx, Principal, RoleGrant } from './context.ts';
import { recordAudit } from './record.ts';
import { findPrincipal, getUser, normaliseEmail } from './user.ts';

/** Who the provider says signed in, read from the ID token (and userinfo) claims. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  /** Only a verified address may join an existing account. */
  emailVerified: boolean;
  name: string | undefined;
  /** The values of the role claim (groups or roles). */
  groups: string[];
}

export const NO_ROLE =
  'Du är inloggad hos organisationen, men ditt konto ger ingen roll i Målkedja. Be en administratör lägga till dig i en grupp som ger behörighet, eller ge ditt konto en roll under Konton.';
export const DISABLED =
  'Ditt konto i Målkedja är avstängt. Kontakta en administratör om du behöver komma åt det igen.';

/**
 * The account a single sign-on belongs to: found by (issuer, subject), else joined by verified email, else
 * created when the groups give a role. Its 'sso' roles are replaced by what the groups give now. Refuses a
 * disabled account and one left without any role (after committing the changed roles: a person removed from
 * every group must not keep yesterday's roles).
 */
export async function signInWithProvider(
  db: Kysely<Database>,
  identity: ProviderIdentity,
  roleMap: Map<string, MappedRole[]>,
  now: Date,
): Promise<Principal> {
  const userId = await db.transaction().execute(async (trx) => {
    const grants = await resolveGrants(trx, identity.groups, roleMap);
    const ctx: Ctx = { db: trx, actor: ssoActor(identity), now: () => now };
    let account = await findAccount(ctx, identity);
    if (!account) {
      if (grants.length === 0) return undefined;
      account = await createAccount(ctx, identity);
    }
    if (account.disabledAt) throw new AppError('FORBIDDEN', DISABLED);
    await refreshName(ctx, account, identity);
    await replaceSsoRoles(ctx, account.id, grants);
    return account.id;
  });
  if (!userId) throw new AppError('FORBIDDEN', NO_ROLE);
  const principal = await findPrincipal(db, userId);
  if (!principal) throw new AppError('FORBIDDEN', DISABLED);
  if (principal.grants.length === 0) throw new AppError('FORBIDDEN', NO_ROLE);
  return principal;
}

function ssoActor(identity: ProviderIdentity): string {
  return `${identity.name ?? identity.subject} (${identity.email ?? identity.subject}) via single sign-on`;
}

/** The roles the groups give; an organisation code that is not in the register gives nothing. */
async function resolveGrants(
  db: Kysely<Database>,
  groups: string[],
  roleMap: Map<string, MappedRole[]>,
): Promise<RoleGrant[]> {
  const grants = new Map<string, RoleGrant>();
  for (const mapped of groups.flatMap((g) => roleMap.get(g) ?? [])) {
    let organisationId: string | null = null;
    if (mapped.orgCode) {
      const org = await db
        .selectFrom('organisation')
        .select('id')
        .where('externalId', '=', mapped.orgCode)
        .orderBy('validTo', 'desc')
        .executeTakeFirst();
      if (!org) {
        console.warn(
          `OIDC_ROLE_MAP: organisationskoden ${mapped.orgCode} finns inte i registret; rollen ges inte.`,
        );
        continue;
      }
      organisationId = org.id;
    }
    grants.set(`${mapped.role}/${organisationId}`, { role: mapped.role, organisationId });
  }
  return [...grants.values()];
}

async function findAccount(ctx: Ctx, identity: ProviderIdentity): Promise<UserAccountRow | undefined> {
  const db = ctx.db;
  const linked = await db
    .selectFrom('userAccount')
    .selectAll()
    .where('oidcIssuer', '=', identity.issuer)
    .where('oidcSubject', '=', identity.subject)
    .executeTakeFirst();
  if (linked || !identity.email) return linked;
  const email = normaliseEmail(identity.email);
  const sameEmail = await db
    .selectFrom('userAccount')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  if (!sameEmail) return undefined;
  if (!identity.emailVerified || sameEmail.oidcSubject !== null) {
    throw new AppError(
      'CONFLICT',
      `Det finns redan ett konto med e-postadressen ${email} som inte hör till den här inloggningen. Logga in med lösenord, eller be en administratör koppla kontot.`,
    );
  }
  // A verified address joins the account an administrator made beforehand (users add without a password).
  const before = await getUser(ctx, sameEmail.id);
  await db
    .updateTable('userAccount')
    .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: ctx.now() })
    .where('id', '=', sameEmail.id)
    .execute();
  await recordAudit(ctx, 'user', sameEmail.id, 'update', before, await getUser(ctx, sameEmail.id));
  return { ...sameEmail, oidcIssuer: identity.issuer, oidcSubject: identity.subject };
}

async function createAccount(ctx: Ctx, identity: ProviderIdentity): Promise<UserAccountRow> {
  if (!identity.email?.includes('@')) {
    throw new AppError(
      'INVALID',
      'Organisationens inloggning skickade ingen e-postadress, så inget konto kan skapas. Be den som sköter inloggningen att skicka anspråket email.',
    );
  }
  const email = normaliseEmail(identity.email);
  const now = ctx.now();
  const row = await ctx.db
    .insertInto('userAccount')
    .values({
      email,
      name: identity.name?.trim() || email,
      passwordHash: null,
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, 'user', row.id, 'create', null, await getUser(ctx, row.id));
  return row;
}

/** The organisation's directory owns the name: a person renamed there is renamed here at the next sign-in. */
async function refreshName(ctx: Ctx, account: UserAccountRow, identity: ProviderIdentity): Promise<void> {
  const name = identity.name?.trim();
  if (!name || name === account.name) return;
  const before = await getUser(ctx, account.id);
  await ctx.db
    .updateTable('userAccount')
    .set({ name, updatedAt: ctx.now() })
    .where('id', '=', account.id)
    .execute();
  await recordAudit(ctx, 'user', account.id, 'update', before, await getUser(ctx, account.id));
}

async function replaceSsoRoles(ctx: Ctx, userId: string, grants: RoleGrant[]): Promise<void> {
  const before = await getUser(ctx, userId);
  await ctx.db.deleteFrom('userRole').where('userId', '=', userId).where('source', '=', 'sso').execute();
  for (const g of grants) {
    // A role an administrator already granted by hand stays manual (the unique index refuses a twin).
    await ctx.db
      .insertInto('userRole')
      .values({ userId, role: g.role, organisationId: g.organisationId, source: 'sso' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const after = await getUser(ctx, userId);
  if (JSON.stringify(before.roles) !== JSON.stringify(after.roles))
    await recordAudit(ctx, 'user', userId, 'update', before, after);
}
