import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { DEFAULT_WORKSPACE_ID } from '../lib/domain/constants';
import type { Db } from './types';
import * as schema from './schema-pg';
import { markTransactionHandle, registerTransactionRunner, type TransactionRunner } from './transaction';

const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations-pg');
// Any constant: instances starting together take turns at migrating instead of racing.
const MIGRATION_LOCK = 7_061_923;

/**
 * Connects to PostgreSQL with a pool, applies the committed migrations (one instance at a time) and
 * makes sure the default workspace exists. The handle is typed as the SQLite one: services use only
 * the query builder both dialects share, awaited, and `withTransaction` for writes.
 */
export async function openPostgres(url: string, poolSize = 10): Promise<{ db: Db; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  const pg = drizzle(pool, { schema });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  await pg.insert(schema.workspaces).values({ id: DEFAULT_WORKSPACE_ID, name: 'Default workspace', createdAt: new Date() }).onConflictDoNothing();
  const db = pg as unknown as Db;
  registerTransactionRunner(db, postgresTransactionRunner(pg));
  return { db, close: () => pool.end() };
}

/**
 * PostgreSQL's transaction runner. Each write transaction first takes a transaction-scoped advisory
 * lock on its workspace, so writes to one workspace run one at a time across every app instance,
 * exactly as they do on SQLite's single writer: name checks, version checks and session sequence
 * numbers hold without per-query locking, and different workspaces never wait for each other.
 */
function postgresTransactionRunner(pg: ReturnType<typeof drizzle<typeof schema>>): TransactionRunner {
  return (fn, { lockKey }) =>
    pg.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`);
      const handle = tx as unknown as Db;
      markTransactionHandle(handle);
      return fn(handle);
    });
}
