/**
 * The workflow of a plan or follow-up report (plan.kind plan | t1 | t2 | annual): one state machine for all kinds.
 * Pure data and functions, no I/O; services/plan-workflow.ts applies it inside a transaction.
 */
import { PLAN_STATUS_LABEL, PLAN_STATUSES, type PlanStatus } from './vocabulary.ts';

export { PLAN_STATUSES, type PlanStatus };

const STATUS_LABEL = PLAN_STATUS_LABEL;

export const PLAN_ACTIONS = ['submit', 'return', 'approve', 'decide', 'publish', 'reopen'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const ACTION_LABEL: Record<PlanAction, string> = {
  submit: 'Skicka in',
  return: 'Återlämna',
  approve: 'Godkänn',
  decide: 'Registrera beslut',
  publish: 'Publicera',
  reopen: 'Öppna för ny version',
};

const ACTION_PASSIVE: Record<PlanAction, string> = {
  submit: 'skickas in',
  return: 'återlämnas',
  approve: 'godkännas',
  decide: 'beslutas',
  publish: 'publiceras',
  reopen: 'öppnas igen',
};

interface Transition {
  from: readonly PlanStatus[];
  to: PlanStatus;
  /** A comment saying why is required (returning and reopening must tell the writer what to do). */
  needsComment: boolean;
}

/** The whole state machine. Anything not listed here is refused. */
export const TRANSITIONS: Record<PlanAction, Transition> = {
  submit: { from: ['draft'], to: 'submitted', needsComment: false },
  return: { from: ['submitted', 'approved'], to: 'draft', needsComment: true },
  approve: { from: ['submitted'], to: 'approved', needsComment: false },
  decide: { from: ['approved'], to: 'decided', needsComment: false },
  publish: { from: ['decided'], to: 'published', needsComment: false },
  reopen: { from: ['decided', 'published'], to: 'draft', needsComment: true },
};

export type TransitionResult =
  | { ok: true; to: PlanStatus }
  | { ok: false; reason: 'not-allowed' | 'comment-required'; message: string };

/** Where `action` takes a plan in status `from`, or why it cannot. */
export function nextStatus(from: PlanStatus, action: PlanAction, comment?: string): TransitionResult {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    const allowed = t.from.map((s) => STATUS_LABEL[s]).join(' eller ');
    return {
      ok: false,
      reason: 'not-allowed',
      message: `Planen har status ${STATUS_LABEL[from]} och kan inte ${ACTION_PASSIVE[action]}; det går bara när den har status ${allowed}. Ladda om sidan för att se planens aktuella status.`,
    };
  }
  if (t.needsComment && (comment ?? '').trim() === '') {
    return {
      ok: false,
      reason: 'comment-required',
      message: 'Skriv en kommentar som säger vad som ska ändras eller varför planen öppnas igen.',
    };
  }
  return { ok: true, to: t.to };
}

/** The actions open from a status (for the UI's buttons). */
export function availableActions(status: PlanStatus): PlanAction[] {
  return PLAN_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

/** Only drafts take edits; every later status is locked until returned or reopened. */
export function isWritable(status: PlanStatus): boolean {
  return status === 'draft';
}

/** Locked from the writer's point of view: decided or later (follow-up's "locked" period state). */
export function isFrozen(status: PlanStatus): boolean {
  return status === 'decided' || status === 'published';
}
