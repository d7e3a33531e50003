/**
 * Who may do what, as pure data and one function. A role is granted on an organisation subtree (or the whole
 * municipality); an action on a thing is allowed when some grant covers the thing's organisation and the role
 * may do the action at that organisation's level. services/authz.ts loads the ancestry and applies this.
 */
import { AUTHZ_ACTIONS, type AuthzAction, ORG_KINDS, type OrgKind, ROLES, type Role } from './vocabulary.ts';

export { AUTHZ_ACTIONS, type AuthzAction, ROLES, type Role };

/** organisationId null = the whole municipality. */
export interface RoleGrant {
  role: Role;
  organisationId: string | null;
}

/** The signed-in person (or token). Absent from a ctx = the process itself (CLI, seeding): trusted. */
export interface Principal {
  userId: string;
  name: string;
  email: string;
  grants: RoleGrant[];
}

/** The thing's organisation and its ancestors, nearest first; empty when the municipality has no tree yet. */
export type OrgAncestry = readonly { id: string; kind: OrgKind }[];

/** The organisation levels a role may act on (within its granted subtree). */
const EVERY_LEVEL: readonly OrgKind[] = ORG_KINDS;
const COUNCIL: readonly OrgKind[] = ['city'];
const BOARD_AND_BELOW: readonly OrgKind[] = ORG_KINDS.filter((k) => k !== 'city');
const BELOW_BOARD: readonly OrgKind[] = ['department', 'unit', 'team'];

type Rule = Partial<Record<Role, readonly OrgKind[]>>;

const WRITE: Rule = {
  admin: EVERY_LEVEL,
  city_planner: COUNCIL,
  board_planner: BOARD_AND_BELOW,
  unit_writer: BELOW_BOARD,
};
/** Returning, approving and deciding belong to the board's approver (the council's for city-level plans). */
const APPROVE: Rule = { admin: EVERY_LEVEL, city_planner: COUNCIL, board_approver: BOARD_AND_BELOW };
const EVERYONE: Rule = {
  admin: EVERY_LEVEL,
  city_planner: EVERY_LEVEL,
  board_planner: EVERY_LEVEL,
  board_approver: EVERY_LEVEL,
  unit_writer: EVERY_LEVEL,
  reader: EVERY_LEVEL,
};
const ADMIN: Rule = { admin: EVERY_LEVEL };

/**
 * The whole rule set. Inherited text cannot be edited from below because a goal's or target's resource is
 * the organisation that owns it: a unit writer's grant never covers the board or the council.
 */
export const RULES: Record<AuthzAction, Rule> = {
  'framework.write': { admin: EVERY_LEVEL, city_planner: COUNCIL },
  'plan.write': WRITE,
  'plan.submit': WRITE,
  'plan.return': APPROVE,
  'plan.approve': APPROVE,
  'plan.decide': APPROVE,
  'plan.publish': APPROVE,
  'plan.reopen': APPROVE,
  'followup.write': WRITE,
  'followup.submit': WRITE,
  'followup.approve': APPROVE,
  // Anyone whose grant covers the plan's organisation may see its drafts and comment on them.
  'comment.write': EVERYONE,
  'draft.read': EVERYONE,
  'organisation.manage': ADMIN,
  // Municipality-wide actions: services pass the city (the tree's root) as the resource.
  'year.manage': { admin: EVERY_LEVEL, city_planner: COUNCIL },
  'municipality.manage': ADMIN,
  'user.manage': ADMIN,
  'import.run': { admin: EVERY_LEVEL, city_planner: COUNCIL, board_planner: BOARD_AND_BELOW },
};

/** A grant covers an organisation in its subtree; a municipality-wide grant covers everything. */
export function covers(grant: RoleGrant, ancestry: OrgAncestry): boolean {
  if (grant.organisationId === null) return true;
  return ancestry.some((o) => o.id === grant.organisationId);
}

/** May the principal do the action on a thing belonging to the organisation whose ancestry is given? */
export function can(principal: Principal, action: AuthzAction, ancestry: OrgAncestry): boolean {
  const rule = RULES[action];
  const kind: OrgKind = ancestry[0]?.kind ?? 'city';
  return principal.grants.some((grant) => {
    const levels = rule[grant.role];
    return (levels?.includes(kind) ?? false) && covers(grant, ancestry);
  });
}

/** Every action at once, for the UI to hide what the person may not do. */
export function abilities(principal: Principal, ancestry: OrgAncestry): Record<AuthzAction, boolean> {
  return Object.fromEntries(AUTHZ_ACTIONS.map((a) => [a, can(principal, a, ancestry)])) as Record<
    AuthzAction,
    boolean
  >;
}

/** Drafts (everything not yet decided) are visible only within their organisation and those above it. */
export function canReadPlan(
  principal: Principal,
  status: 'draft' | 'submitted' | 'approved' | 'decided' | 'published',
  ancestry: OrgAncestry,
): boolean {
  if (status === 'decided' || status === 'published') return true;
  return can(principal, 'draft.read', ancestry);
}

export const ACTION_FORBIDDEN: Record<AuthzAction, string> = {
  'framework.write': 'ändra kommunfullmäktiges mål, indikatorer och årsmål',
  'plan.write': 'ändra den här planen',
  'plan.submit': 'skicka in den här planen',
  'plan.return': 'återlämna den här planen',
  'plan.approve': 'godkänna den här planen',
  'plan.decide': 'registrera beslut om den här planen',
  'plan.publish': 'publicera den här planen',
  'plan.reopen': 'öppna den här planen för en ny version',
  'followup.write': 'ändra den här uppföljningen',
  'followup.submit': 'skicka in den här uppföljningen',
  'followup.approve': 'godkänna den här uppföljningen',
  'comment.write': 'kommentera den här planen',
  'draft.read': 'läsa det här utkastet',
  'organisation.manage': 'ändra organisationsregistret',
  'year.manage': 'hantera planeringsår',
  'municipality.manage': 'ändra kommunens inställningar',
  'user.manage': 'hantera användare och roller',
  'import.run': 'importera planer',
};
