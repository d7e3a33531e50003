import { listPlanAuditEvents, type PlanAuditRow } from '../db/repos/audit.ts';
import { type DiffPart, diffWords } from '../domain/text-diff.ts';
import { getReadablePlan } from './authz.ts';
import type { Ctx } from './context.ts';

/** Bookkeeping columns every versioned row carries: never shown as a change. */
const HIDDEN = new Set([
  'id',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'sortOrder',
  'lineageId',
  'origin',
  'planId',
  'organisationId',
  'budgetTableId',
  'supersededAt',
  'revision',
]);

/** A label to name the record by in the list (its title, heading or label). */
const NAME_FIELDS = ['title', 'heading', 'label', 'name', 'body'];

export interface FieldChange {
  field: string;
  parts: DiffPart[];
}

export interface HistoryEvent {
  seq: number;
  at: Date;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  name: string;
  changes: FieldChange[];
}

/** What changed in the fields of a record between two states (null = did not exist). */
export function diffRecord(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (HIDDEN.has(field)) continue;
    const a = show(before?.[field]);
    const b = show(after?.[field]);
    if (a !== b) changes.push({ field, parts: diffWords(a, b) });
  }
  return changes;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function nameOf(row: PlanAuditRow): string {
  const state = row.after ?? row.before ?? {};
  for (const field of NAME_FIELDS) {
    const v = state[field];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 120);
  }
  return '';
}

/**
 * The plan's history: who changed what and when, each change as a word diff against the record's previous version.
 * With from/to (two event numbers) also the difference between those two versions of the whole plan.
 */
export async function listPlanHistory(ctx: Ctx, planId: string, range: { from?: number; to?: number } = {}) {
  const plan = await getReadablePlan(ctx, planId);
  const rows = await listPlanAuditEvents(ctx.db, plan);
  const events: HistoryEvent[] = rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    name: nameOf(row),
    changes: diffRecord(row.before, row.after),
  }));
  const comparison =
    range.from !== undefined && range.to !== undefined ? compare(rows, range.from, range.to) : null;
  return { planId, events: events.reverse(), comparison };
}

/** Every record's state at event `from` against its state at event `to`, for the records that differ. */
function compare(rows: PlanAuditRow[], from: number, to: number) {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const stateAt = (limit: number) => {
    const states = new Map<string, { row: PlanAuditRow; state: Record<string, unknown> | null }>();
    for (const row of rows)
      if (Number(row.seq) <= limit) states.set(`${row.entity}:${row.entityId}`, { row, state: row.after });
    return states;
  };
  const a = stateAt(low);
  const b = stateAt(high);
  const out: { entity: string; entityId: string; name: string; changes: FieldChange[] }[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(key);
    const after = b.get(key);
    const changes = diffRecord(before?.state ?? null, after?.state ?? null);
    if (changes.length === 0) continue;
    const row = (after ?? before)!.row;
    out.push({ entity: row.entity, entityId: row.entityId, name: nameOf(row), changes });
  }
  return { from: low, to: high, records: out };
}
