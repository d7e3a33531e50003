import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface ChainRow {
  id: string;
  seq: string;
  prevHash: string | null;
  hash: string;
  /** The hash recomputed from the row as it is stored now. */
  expected: string;
}

/** A page of the chain in order, each row with its hash recomputed by the same function that wrote it. */
export async function listChainPage(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<ChainRow[]> {
  const result = await sql<ChainRow>`
    select e.id::text as id, e.seq::text as seq, e.prev_hash as "prevHash", e.hash,
      audit_event_digest(e.seq, e.prev_hash, e.at, e.actor, e.actor_user_id, e.entity, e.entity_id, e.action, e.before, e.after) as expected
    from audit_event e where e.seq > ${afterSeq} order by e.seq limit ${limit}`.execute(db);
  return result.rows;
}
