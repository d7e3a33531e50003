import { listSubtreeIds } from '../db/repos/organisation.ts';
import { findPlanWithAncestry } from '../db/repos/plan.ts';
import type { PlanRow } from '../db/schema.ts';
import {
  ACTION_FORBIDDEN,
  type AuthzAction,
  abilities,
  can,
  canReadPlan,
  type OrgAncestry,
} from '../domain/authz.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { OrgKind, PlanKind, PlanStatus } from '../domain/vocabulary.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

import type { Ctx, Principal } from './context.ts';
import { listAncestors } from './organisation-tree.ts';
import { ENTITY_LABEL, getRecord } from './record.ts';

/** organisationId null = the municipality as a whole (years, settings): checked against the tree's root. */
export interface AuthzResource {
  organisationId: string | null;
}

type Chain = OrgAncestry & readonly { name: string }[];

// One principal object lives for one request, so the ancestries it looked up die with it.
const cache = new WeakMap<Principal, Map<string, Promise<Chain>>>();

/** The organisation's ancestry (nearest first) in the current tree, looked up once per request. */
export function loadAncestry(ctx: Ctx, resource: AuthzResource): Promise<Chain> {
  const key = resource.organisationId ?? '';
  let perPrincipal = ctx.principal ? cache.get(ctx.principal) : undefined;
  if (ctx.principal && !perPrincipal) {
    perPrincipal = new Map();
    cache.set(ctx.principal, perPrincipal);
  }
  const hit = perPrincipal?.get(key);
  if (hit) return hit;
  const loading = lookUp(ctx, resource.organisationId);
  perPrincipal?.set(key, loading);
  loading.catch(() => perPrincipal?.delete(key));
  return loading;
}

async function lookUp(ctx: Ctx, organisationId: string | null): Promise<Chain> {
  const id = organisationId ?? (await findRootId(ctx));
  if (!id) return [];
  return listAncestors(ctx, { organisationId: id });
}

async function findRootId(ctx: Ctx): Promise<string | undefined> {
  const root = await ctx.db
    .selectFrom('organisation')
    .select('id')
    .where('kind', '=', 'city')
    .where('parentId', 'is', null)
    .orderBy('createdAt')
    .limit(1)
    .executeTakeFirst();
  return root?.id;
}

/**
 * Refuses the action unless the signed-in person holds a role that allows it on the resource's organisation.
 * Without a principal the caller is the process itself (CLI, seeding), which may do everything.
 */
export async function assertCan(ctx: Ctx, action: AuthzAction, resource: AuthzResource): Promise<void> {
  if (!ctx.principal) return;
  const ancestry = await loadAncestry(ctx, resource);
  if (can(ctx.principal, action, ancestry)) return;
  const where = ancestry[0]?.name ? ` för ${ancestry[0].name}` : '';
  throw new AppError(
    'FORBIDDEN',
    `Du har inte behörighet att ${ACTION_FORBIDDEN[action]}${where}. Be en administratör om en roll som ger det om du behöver det.`,
    { action, organisationId: resource.organisationId },
  );
}

/** The same check without throwing, for filtering and for the UI. */
export async function canDo(ctx: Ctx, action: AuthzAction, resource: AuthzResource): Promise<boolean> {
  if (!ctx.principal) return true;
  return can(ctx.principal, action, await loadAncestry(ctx, resource));
}

/** What the signed-in person may do on an organisation's things (every action true for the process). */
export async function abilitiesOn(ctx: Ctx, resource: AuthzResource): Promise<Record<AuthzAction, boolean>> {
  return abilitiesIn(ctx, await loadAncestry(ctx, resource));
}

/** May the person see a plan in this status? Drafts only within their organisation and those above it. */
export async function canSeePlan(
  ctx: Ctx,
  plan: { organisationId: string; status: PlanStatus },
): Promise<boolean> {
  if (!ctx.principal) return true;
  if (plan.status === 'decided' || plan.status === 'published') return true;
  return canReadPlan(ctx.principal, plan.status, await loadAncestry(ctx, plan));
}

/** Throws NOT_FOUND-like FORBIDDEN for a draft the person may not see (no content leaks either way). */
export async function assertCanSeePlan(
  ctx: Ctx,
  plan: { id: string; organisationId: string; status: PlanStatus },
) {
  if (await canSeePlan(ctx, plan)) return;
  throw new AppError(
    'FORBIDDEN',
    'Planen är ett utkast hos en annan organisation och visas bara inom den och organisationerna ovanför. Den blir synlig när den är beslutad.',
    { planId: plan.id },
  );
}

/**
 * Writes to content owned by an organisation: the council's (the city's goals, indicators, targets) is the
 * framework, everything else belongs to that organisation's plan. null = a municipality-wide thing.
 */
export async function assertCanWrite(ctx: Ctx, organisationId: string | null): Promise<void> {
  if (!ctx.principal) return;
  const ancestry = await loadAncestry(ctx, { organisationId });
  const action = (ancestry[0]?.kind ?? 'city') === 'city' ? 'framework.write' : 'plan.write';
  await assertCan(ctx, action, { organisationId });
}

/** Plans use plan.*, follow-up reports (kind t1 | t2 | annual) followup.* where such an action exists. */
export function planActionFor(
  kind: PlanKind,
  step: 'write' | 'submit' | 'return' | 'approve' | 'decide' | 'publish' | 'reopen',
): AuthzAction {
  if (kind !== 'plan' && (step === 'write' || step === 'submit' || step === 'approve'))
    return `followup.${step}`;
  return `plan.${step}`;
}

/**
 * The organisations whose drafts the person may see (their grants' subtrees), or undefined when every
 * draft is visible (the process itself, or a municipality-wide grant). One query, for filtering lists.
 */
export async function listDraftScope(ctx: Ctx): Promise<string[] | undefined> {
  if (!ctx.principal) return undefined;
  const grants = ctx.principal.grants;
  if (grants.some((g) => g.organisationId === null)) return undefined;
  return listSubtreeIds(ctx.db, [...new Set(grants.map((g) => g.organisationId as string))]);
}

/** Loads a plan and refuses it when it is a draft outside the person's organisations (every plan-scoped read). */
export async function getReadablePlan(ctx: Ctx, planId: string): Promise<PlanRow> {
  const plan = await getPlanForCheck(ctx, planId);
  await assertCanSeePlan(ctx, plan);
  return plan;
}

/**
 * Loads a plan for a check of the person's rights on it: with a person signed in, the plan and its
 * organisation's ancestry come in one round trip and the ancestry is kept for the rest of the request.
 */
export async function getPlanForCheck(ctx: Ctx, planId: string): Promise<PlanRow> {
  if (!ctx.principal || !UUID.test(planId)) return getRecord(ctx.db, 'plan', planId);
  const found = await findPlanWithAncestry(ctx.db, planId);
  if (!found) throw notFound(ENTITY_LABEL.plan, planId);
  const { ancestry, ...plan } = found;
  rememberAncestry(ctx, plan.organisationId, ancestry);
  return plan;
}

/**
 * getReadablePlan for a plan another statement read together with its ancestry in the current tree
 * (the plan tree reads both with everything else in one round trip).
 */
export async function acceptReadablePlan(
  ctx: Ctx,
  plan: PlanRow,
  ancestry: { id: string; kind: OrgKind; name: string }[],
): Promise<PlanRow> {
  rememberAncestry(ctx, plan.organisationId, ancestry);
  await assertCanSeePlan(ctx, plan);
  return plan;
}

/** Whether the text can be a record id at all (anything else is simply not found). */
export const isUuid = (text: string) => UUID.test(text);

/** Keeps an ancestry loaded with other data (nearest first) as loadAncestry would have looked it up. */
function rememberAncestry(
  ctx: Ctx,
  organisationId: string,
  nodes: { id: string; kind: OrgKind; name: string }[],
) {
  if (!ctx.principal || nodes.length === 0) return;
  let perPrincipal = cache.get(ctx.principal);
  if (!perPrincipal) {
    perPrincipal = new Map();
    cache.set(ctx.principal, perPrincipal);
  }
  if (perPrincipal.has(organisationId)) return;
  const chain = nodes.map((node, i) => ({ ...node, parentId: nodes[i + 1]?.id ?? null }));
  perPrincipal.set(organisationId, Promise.resolve(chain));
}

const PROCESS: Principal = {
  userId: '',
  name: '',
  email: '',
  grants: [{ role: 'admin', organisationId: null }],
};

/** abilities() for a chain already loaded (the plan tree has it), everything for the process itself. */
export function abilitiesIn(ctx: Ctx, chain: OrgAncestry): Record<AuthzAction, boolean> {
  return abilities(ctx.principal ?? PROCESS, chain);
}
