import type Database from 'better-sqlite3';
import type { Db } from './types';
import type { TransactionRunner } from './transaction';

/**
 * SQLite's transaction runner. better-sqlite3 transactions must be synchronous (an async callback
 * commits at its first `await` and never rolls back: drizzle-orm #2275, #1472), so this one drives
 * BEGIN/COMMIT/ROLLBACK itself on a connection that only it uses, one transaction at a time:
 * - BEGIN IMMEDIATE takes the write lock up front, so a read-then-write never fails to upgrade
 *   (SQLITE_BUSY_SNAPSHOT) and another process's writer waits (busy_timeout) instead of failing;
 * - the in-process queue keeps a second request's statements out of an open transaction even when its
 *   callback awaits.
 */
export function sqliteTransactionRunner(connection: Database.Database, handle: Db): TransactionRunner {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
    const run = async (): Promise<T> => {
      connection.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(handle);
        connection.exec('COMMIT');
        return result;
      } catch (error) {
        // A failed statement leaves the transaction open; a failed COMMIT may already have ended it.
        if (connection.inTransaction) connection.exec('ROLLBACK');
        throw error;
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
}
