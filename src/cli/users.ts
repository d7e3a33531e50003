import { parseArgs } from 'node:util';
import { AppError } from '../domain/errors.ts';
import { ROLES, type Role } from '../domain/vocabulary.ts';
import type { Ctx, RoleGrant } from '../services/context.ts';
import { createUser, findUserByEmail, listUsers, updateUser } from '../services/user.ts';
import { Email } from '../shared/schemas/user.ts';

export const USERS_HELP = `  users add --email E --name N --role ROLL [--org ORG] [--password-stdin]
                                 skapa ett konto (lösenordet läses från stdin; utan det: bara single sign-on);
                                 ORG = organisationskod eller id, utan --org gäller rollen hela kommunen
  users list [--json]            alla konton med roller
  users disable --email E        stäng av ett konto (avslutar dess sessioner och API-nycklar)
  users password --email E --password-stdin
                                 sätt ett nytt lösenord (avslutar kontots sessioner)`;

export async function runUsers(args: string[], ctx: Ctx, stdin: () => Promise<string>): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  if (sub === 'add') {
    const email = parseEmail(values.email);
    if (!values.name?.trim()) throw new AppError('INVALID', 'Ange namnet med --name "Förnamn Efternamn".');
    const role = parseRole(values.role);
    const grant: RoleGrant = {
      role,
      organisationId: values.org ? await findOrganisationId(ctx, values.org) : null,
    };
    const password = values['password-stdin'] ? await readPassword(stdin) : undefined;
    const user = await createUser(ctx, { email, name: values.name, password, roles: [grant] });
    console.log(
      `Kontot ${user.email} är skapat (${role}${grant.organisationId ? ` för ${values.org}` : ', hela kommunen'}).`,
    );
    return 0;
  }
  if (sub === 'list') {
    const users = await listUsers(ctx);
    if (values.json) {
      console.log(JSON.stringify(users, null, 2));
      return 0;
    }
    if (users.length === 0) console.log('Inga konton. Skapa det första med malkedja users add.');
    for (const u of users) {
      const roles = u.roles
        .map((r) => `${r.role}${r.organisationId ? `@${r.organisationId}` : ''}`)
        .join(', ');
      console.log(`${u.email}\t${u.name}\t${roles || '(ingen roll)'}${u.disabled ? '\tAVSTÄNGT' : ''}`);
    }
    return 0;
  }
  if (sub === 'disable' || sub === 'password') {
    const email = parseEmail(values.email);
    const account = await findUserByEmail(ctx.db, email);
    if (!account)
      throw new AppError(
        'NOT_FOUND',
        `Det finns inget konto med e-postadressen ${email}. Se malkedja users list.`,
      );
    if (sub === 'disable') {
      await updateUser(ctx, account.id, { disabled: true });
      console.log(`Kontot ${email} är avstängt; dess sessioner och API-nycklar gäller inte längre.`);
    } else {
      if (!values['password-stdin'])
        throw new AppError('INVALID', 'Skicka det nya lösenordet på stdin med --password-stdin.');
      await updateUser(ctx, account.id, { password: await readPassword(stdin) });
      console.log(`Lösenordet för ${email} är bytt; kontots sessioner är avslutade.`);
    }
    return 0;
  }
  throw new AppError(
    'INVALID',
    `Okänt underkommando "users ${sub ?? ''}". Använd add, list, disable eller password.`,
  );
}

function parseEmail(value: string | undefined): string {
  const parsed = Email.safeParse(value ?? '');
  if (!parsed.success)
    throw new AppError('INVALID', 'Ange e-postadressen med --email, till exempel --email anna@kommun.se.');
  return parsed.data;
}

function parseRole(value: string | undefined): Role {
  if (value && (ROLES as readonly string[]).includes(value)) return value as Role;
  throw new AppError('INVALID', `Ange rollen med --role, en av: ${ROLES.join(', ')}.`);
}

/** --org takes an organisation code (Organisationskod) or an id. */
async function findOrganisationId(ctx: Ctx, value: string): Promise<string> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
  const org = await ctx.db
    .selectFrom('organisation')
    .select('id')
    .where((eb) =>
      isId ? eb.or([eb('id', '=', value), eb('externalId', '=', value)]) : eb('externalId', '=', value),
    )
    .executeTakeFirst();
  if (!org)
    throw new AppError(
      'INVALID',
      `Ingen organisation har koden eller id:t ${value}. Se organisationsregistret.`,
    );
  return org.id;
}

async function readPassword(stdin: () => Promise<string>): Promise<string> {
  // One trailing line break is the Enter after the password (or echo's), not part of it.
  const password = (await stdin()).replace(/\r?\n$/, '');
  if (!password)
    throw new AppError(
      'INVALID',
      'Inget lösenord kom på stdin. Exempel: echo "…" | malkedja users add … --password-stdin',
    );
  return password;
}
