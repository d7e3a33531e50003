import { type Kysely, sql } from 'kysely';

// Frozen. People and how they prove who they are: accounts (local password or single sign-on), roles scoped
// to an organisation subtree (null = the whole municipality), sessions, sign-in attempts and API tokens, all
// in the database so several app instances on one PostgreSQL share them.
const ROLE_CHECK = sql`role in ('admin','city_planner','board_planner','board_approver','unit_writer','reader')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_account')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull().unique().check(sql`email = lower(email) and email <> ''`))
    .addColumn('name', 'text', (c) => c.notNull())
    // Null for accounts that only sign in through single sign-on.
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'text', (c) => c.unique())
    .addColumn('origin', 'text', (c) =>
      c.notNull().defaultTo('manual').check(sql`origin in ('manual','import','demo')`),
    )
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_role')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(ROLE_CHECK))
    // Removing the demo municipality removes the roles scoped to its organisations with it.
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('cascade'))
    .execute();
  await sql`create unique index user_role_unique_idx
    on user_role (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))`.execute(
    db,
  );

  await db.schema
    .createTable('user_session')
    // sha-256 of the cookie's token: a leaked table does not leak usable sessions.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('sign_in_attempt')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_attempt_email_idx')
    .on('sign_in_attempt')
    .columns(['email', 'at'])
    .execute();
  await db.schema.createIndex('sign_in_attempt_ip_idx').on('sign_in_attempt').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // sha-256 of the token; the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // The person who created it: audit rows name them beside the token.
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(ROLE_CHECK))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
}
