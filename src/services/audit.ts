import { listChainPage } from '../db/repos/audit.ts';
import type { Ctx } from './context.ts';

export type ChainVerdict =
  | { ok: true; events: number; head: string | null }
  | { ok: false; events: number; broken: { id: string; seq: number; reason: string } };

const PAGE = 5000;

/**
 * Walks the audit chain in order: every row's hash must match its content, name the previous row's hash and
 * follow it without a gap. The first row that fails is named; everything after it is unproven.
 */
export async function verifyAuditChain(ctx: Pick<Ctx, 'db'>): Promise<ChainVerdict> {
  let previous: { seq: number; hash: string } | null = null;
  let events = 0;
  for (;;) {
    const rows = await listChainPage(ctx.db, previous?.seq ?? 0, PAGE);
    for (const row of rows) {
      const seq = Number(row.seq);
      const reason = brokenBecause(row, seq, previous);
      if (reason) return { ok: false, events, broken: { id: row.id, seq, reason } };
      previous = { seq, hash: row.hash };
      events++;
    }
    if (rows.length < PAGE) return { ok: true, events, head: previous?.hash ?? null };
  }
}

function brokenBecause(
  row: { prevHash: string | null; hash: string; expected: string },
  seq: number,
  previous: { seq: number; hash: string } | null,
): string | undefined {
  const wantedSeq = (previous?.seq ?? 0) + 1;
  if (seq !== wantedSeq)
    return `händelse nr ${wantedSeq}${seq - wantedSeq > 1 ? `–${seq - 1}` : ''} saknas (borttagen)`;
  if (row.prevHash !== (previous?.hash ?? null)) return 'pekar inte på föregående händelses hash';
  if (row.hash !== row.expected) return 'innehållet har ändrats efter att händelsen skrevs';
  return undefined;
}
