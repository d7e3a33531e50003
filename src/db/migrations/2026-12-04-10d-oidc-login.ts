import { type Kysely, sql } from 'kysely';

// Frozen. Single sign-on (OpenID Connect). A person is the provider's (issuer, subject) pair, not the subject
// alone; the roles the provider's groups give are marked 'sso' so each sign-in replaces them without touching
// roles an administrator granted by hand. Logins between /auth/login and /auth/callback are kept in the
// database, so the provider may send the browser back to any of several app instances.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_account').addColumn('oidc_issuer', 'text').execute();
  await db.schema.alterTable('user_account').dropConstraint('user_account_oidc_subject_key').execute();
  await sql`create unique index user_account_oidc_identity_idx on user_account (oidc_issuer, oidc_subject)
    where oidc_subject is not null`.execute(db);

  await db.schema
    .alterTable('user_role')
    .addColumn('source', 'text', (c) =>
      c.notNull().defaultTo('manual').check(sql`source in ('manual','sso')`),
    )
    .execute();

  await db.schema
    .createTable('oidc_login')
    // sha-256 of the state sent to the provider: a leaked table gives no state to replay.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_login_created_idx').on('oidc_login').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oidc_login').execute();
  await db.schema.alterTable('user_role').dropColumn('source').execute();
  await sql`drop index user_account_oidc_identity_idx`.execute(db);
  await db.schema.alterTable('user_account').dropColumn('oidc_issuer').execute();
  await db.schema
    .alterTable('user_account')
    .addUniqueConstraint('user_account_oidc_subject_key', ['oidc_subject'])
    .execute();
}
