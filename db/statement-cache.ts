import type Database from 'better-sqlite3';

/** Enough for every query the app runs; `IN (?, ?, …)` lists of varying length come and go. */
const DEFAULT_CAPACITY = 500;

/**
 * Keeps a connection's prepared statements, keyed by their SQL, so a query the app runs again does not
 * compile it again. drizzle's better-sqlite3 driver prepares every query it runs afresh, and compiling
 * was 8 % of a save's CPU under load (#12). A statement is handed out again as a new one would be:
 * returning rows as objects (drizzle turns `raw` on itself where it wants arrays).
 *
 * Safe because better-sqlite3 runs a statement to completion synchronously: the only way to hold one
 * open is `iterate()`, which nothing here uses. A schema change makes SQLite re-prepare a statement by
 * itself, so a cached one never runs against a stale schema.
 */
export function cacheStatements(connection: Database.Database, capacity = DEFAULT_CAPACITY): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, Database.Statement>();
  const cachedPrepare = (source: string): Database.Statement => {
    const cached = statements.get(source);
    if (cached) {
      // Most recently used last, so the first key is the one to drop.
      statements.delete(source);
      statements.set(source, cached);
      // Back to rows as objects, however its last user read it (raw, pluck and expand are one mode).
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    statements.set(source, statement);
    if (statements.size > capacity) statements.delete(statements.keys().next().value as string);
    return statement;
  };
  connection.prepare = cachedPrepare as Database.Database['prepare'];
}
