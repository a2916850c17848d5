import type { Db } from './types';
import { toDomainError } from './driver-errors';

/**
 * Runs `fn` in one transaction on the given database: the dialect's half of `withTransaction`.
 * `lockKey` (the workspace) names what the transaction serialises on where the dialect needs it.
 */
export type TransactionRunner = <T>(fn: (tx: Db) => Promise<T>, options: { lockKey: string }) => Promise<T>;

// On globalThis: Next bundles this module into several server chunks, and the database is opened in
// one of them (instrumentation) while route handlers run in others; all must see the same registry.
const shared = globalThis as unknown as { switchboardTransactions?: { runners: WeakMap<Db, TransactionRunner>; open: WeakSet<Db> } };
shared.switchboardTransactions ??= { runners: new WeakMap(), open: new WeakSet() };
const runners = shared.switchboardTransactions.runners;
/** Handles that are an open transaction: a nested `withTransaction` joins it instead of starting another. */
const openTransactions = shared.switchboardTransactions.open;

/** Called by the client factory of each dialect when it opens a database. */
export function registerTransactionRunner(db: Db, runner: TransactionRunner): void {
  runners.set(db, runner);
}

/** Marks the handle a runner gives its callback, so nested calls re-use the open transaction. */
export function markTransactionHandle(tx: Db): void {
  openTransactions.add(tx);
}

/**
 * Runs `fn` in one write transaction: everything it writes lands together or not at all, and writers
 * never interleave. Called with a context that is already inside a transaction, it joins that one,
 * so a service (createAgent) is the same function whether it runs alone or inside an import.
 * Driver errors that mean "someone else got there first" leave as a ConflictError (409), never a 500.
 */
export async function withTransaction<C extends { db: Db; workspaceId?: string }, T>(
  ctx: C,
  fn: (tx: C) => T | Promise<T>,
): Promise<T> {
  if (openTransactions.has(ctx.db)) return fn(ctx);
  const runner = runners.get(ctx.db);
  if (!runner) throw new Error('withTransaction: this database was not opened through db/client.');
  try {
    return await runner(async (tx) => fn({ ...ctx, db: tx }), { lockKey: ctx.workspaceId ?? 'global' });
  } catch (error) {
    throw toDomainError(error);
  }
}
