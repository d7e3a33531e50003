import { AppError } from './domain/errors.ts';
import { ROLES, type Role } from './domain/vocabulary.ts';

/** One role a group (or role value) in the provider's claim gives; orgCode null = the whole municipality. */
export interface MappedRole {
  role: Role;
  /** The organisation's code (Organisationskod in the register); resolved at sign-in. */
  orgCode: string | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where users reach the app; the provider sends them back to `${publicUrl}/auth/callback`. */
  publicUrl: string;
  /** The ID token or userinfo claim that lists the person's groups or roles (Entra ID: groups or roles). */
  roleClaim: string;
  /** Claim value → roles it gives. */
  roleMap: Map<string, MappedRole[]>;
  /** Plain http to the provider: only the tests' loopback provider, never set from the environment. */
  allowInsecureRequests?: boolean;
}

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const;
const OPTIONAL_OIDC = ['OIDC_ROLE_CLAIM', 'OIDC_ROLE_MAP'] as const;

function invalidConfig(message: string): AppError {
  return new AppError('INVALID', message);
}

/**
 * Single sign-on from the environment: undefined when no OIDC_* variable is set (password sign-in only).
 * A half configuration is refused, naming what is missing, so a typo never silently turns SSO off.
 */
export function loadOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  const oidcSet = [...REQUIRED.slice(0, 3), ...OPTIONAL_OIDC].filter((name) => env[name]);
  if (oidcSet.length === 0) return undefined;
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw invalidConfig(
      `Single sign-on är bara delvis inställt: ${missing.join(', ')} saknas (satt: ${oidcSet.join(', ')}). ` +
        `Sätt ${REQUIRED.join(', ')} tillsammans, eller ta bort alla OIDC_-variabler för att bara använda lösenord.`,
    );
  }
  const issuer = env.OIDC_ISSUER!;
  const publicUrl = env.PUBLIC_URL!.replace(/\/+$/, '');
  for (const [name, value] of [
    ['OIDC_ISSUER', issuer],
    ['PUBLIC_URL', publicUrl],
  ] as const) {
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      throw invalidConfig(
        `${name} måste vara en fullständig adress som börjar med https://, fick "${value}".`,
      );
    }
  }
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    publicUrl,
    roleClaim: env.OIDC_ROLE_CLAIM || 'groups',
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP ?? ''),
  };
}

/**
 * OIDC_ROLE_MAP, either JSON — {"<group>": "unit_writer@1234" | ["reader", "board_planner@NMD"]} —
 * or the shorter `<group>=<role>[@<orgCode>];<group>=…` (several roles for one group repeat the group).
 */
export function parseRoleMap(text: string): Map<string, MappedRole[]> {
  const map = new Map<string, MappedRole[]>();
  const add = (group: string, value: string) => {
    const key = group.trim();
    if (!key) throw invalidConfig(`OIDC_ROLE_MAP: en rad saknar grupp före "=" (${value}).`);
    map.set(key, [...(map.get(key) ?? []), parseMappedRole(key, value)]);
  };
  const trimmed = text.trim();
  if (!trimmed) return map;
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw invalidConfig(`OIDC_ROLE_MAP är inte giltig JSON: ${(error as Error).message}`);
    }
    for (const [group, value] of Object.entries(parsed as Record<string, unknown>)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        if (typeof v !== 'string')
          throw invalidConfig(`OIDC_ROLE_MAP: gruppen "${group}" ska ge en roll som text, t.ex. "reader".`);
        add(group, v);
      }
    }
    return map;
  }
  for (const entry of trimmed.split(';')) {
    if (!entry.trim()) continue;
    const at = entry.lastIndexOf('=');
    if (at < 0)
      throw invalidConfig(
        `OIDC_ROLE_MAP: "${entry.trim()}" ska skrivas grupp=roll eller grupp=roll@organisationskod.`,
      );
    add(entry.slice(0, at), entry.slice(at + 1));
  }
  return map;
}

function parseMappedRole(group: string, value: string): MappedRole {
  const [rolePart = '', ...rest] = value.trim().split('@');
  const role = rolePart.trim();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw invalidConfig(
      `OIDC_ROLE_MAP: gruppen "${group}" ger den okända rollen "${role}". Använd någon av ${ROLES.join(', ')}.`,
    );
  }
  const orgCode = rest.join('@').trim();
  return { role: role as Role, orgCode: orgCode || null };
}
