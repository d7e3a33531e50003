// An import writes one plan through the same services the API uses, one item at a time, and each
// service checks again what the previous one just checked: the year exists, the organisation, the
// indicator and the plan are there, the unit's board; and each write adds its own audit row. Inside the
// import's transaction (which holds the import lock) those rows only change through this transaction, so
// an import registers a memo for its transaction: looked-up rows are kept and refreshed on every write
// through services/record.ts, and audit rows are collected and written together before commit.
// Transactions without a memo (every API request) behave exactly as before.
import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, Database, OrganisationRow, PlanningYearRow } from '../db/schema.ts';

export interface TransactionMemo {
  years: Map<number, PlanningYearRow>;
  /** `table/id` → the stored row; only the tables in MEMO_TABLES. */
  records: Map<string, object>;
  /** `organisationId/year` → the organisation's board that year (undefined when it has none). */
  boards: Map<string, OrganisationRow | undefined>;
  audit: Insertable<AuditEventTable>[];
}

/** Rows the import looks up repeatedly and writes only through services/record.ts. */
export const MEMO_TABLES: ReadonlySet<string> = new Set(['organisation', 'indicator', 'goal', 'plan']);

const memos = new WeakMap<Kysely<Database>, TransactionMemo>();

export function memoOf(db: Kysely<Database>): TransactionMemo | undefined {
  return memos.get(db);
}

// PostgreSQL allows 65 535 parameters per statement; an audit row has 8.
const AUDIT_ROWS_PER_INSERT = 1000;

/**
 * Runs fn with a memo on the transaction (only for one that holds the import lock), then writes the collected
 * audit rows in their order. When fn fails the memo is dropped with its rows: the transaction (or savepoint)
 * is rolled back by the caller. A memo already there (an import inside an import) is simply used.
 */
export async function withMemo<T>(trx: Kysely<Database>, fn: () => Promise<T>): Promise<T> {
  if (memos.has(trx)) return fn();
  const memo: TransactionMemo = { years: new Map(), records: new Map(), boards: new Map(), audit: [] };
  memos.set(trx, memo);
  try {
    const result = await fn();
    memos.delete(trx);
    for (let at = 0; at < memo.audit.length; at += AUDIT_ROWS_PER_INSERT) {
      await trx
        .insertInto('auditEvent')
        .values(memo.audit.slice(at, at + AUDIT_ROWS_PER_INSERT))
        .execute();
    }
    return result;
  } finally {
    memos.delete(trx);
  }
}
