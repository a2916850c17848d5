import type { Db } from './types';

// On globalThis, as db/transaction.ts: Next bundles db/ into several server chunks that share one database.
const shared = globalThis as unknown as { switchboardPrepared?: WeakMap<Db, Map<string, unknown>> };
const preparedByHandle = (shared.switchboardPrepared ??= new WeakMap());

/**
 * A query that the hot paths run on every request, built and compiled once per database handle and
 * then run with placeholders (`sql.placeholder`): drizzle otherwise rebuilds the SQL text of every
 * query it runs (~45 µs each, against ~9 µs run prepared). `name` is PostgreSQL's prepared-statement
 * name, unique per query; SQLite ignores it. A transaction's handle is a handle of its own, so on
 * PostgreSQL a query is prepared once per transaction, which costs what an unprepared query did.
 */
export function preparedOnce<Q>(db: Db, name: string, prepare: (db: Db, name: string) => Q): Q {
  let queries = preparedByHandle.get(db);
  if (!queries) {
    queries = new Map();
    preparedByHandle.set(db, queries);
  }
  let query = queries.get(name) as Q | undefined;
  if (query === undefined) {
    query = prepare(db, name);
    queries.set(name, query);
  }
  return query;
}
