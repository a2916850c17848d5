import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { DEFAULT_WORKSPACE_ID } from '../lib/domain/constants';
import * as schema from './schema';
import { sqliteTransactionRunner } from './sqlite-transaction';
import { markTransactionHandle, registerTransactionRunner } from './transaction';

export type Db = BetterSQLite3Database<typeof schema>;

const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');
/** How long a write waits for another process's write lock before it gives up (as a 409). */
const BUSY_TIMEOUT_MS = 5000;

function connect(filePath: string): Database.Database {
  const sqlite = new Database(filePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

/**
 * Opens (creating if needed) a SQLite database, applies the committed migrations and makes sure the
 * default workspace exists. Used by the server, the tests and the scripts alike.
 *
 * Two connections: `db` for reads, and a writer that only `withTransaction` uses, one transaction at a
 * time, each `BEGIN IMMEDIATE`. Reads elsewhere never see a transaction's uncommitted rows, and a
 * transaction's callback may await without another request's statements slipping into it.
 */
export function openDatabase(filePath: string): { db: Db; sqlite: Database.Database; close: () => void } {
  const inMemory = filePath === ':memory:';
  if (!inMemory) {
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ filePath)), { recursive: true });
  }
  const sqlite = connect(filePath);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  // An in-memory database cannot be opened twice: there, the one connection also writes.
  const writerSqlite = inMemory ? sqlite : connect(filePath);
  const writer = drizzle(writerSqlite, { schema });
  markTransactionHandle(writer);
  registerTransactionRunner(db, sqliteTransactionRunner(writerSqlite, writer));
  db.insert(schema.workspaces)
    .values({ id: DEFAULT_WORKSPACE_ID, name: 'Default workspace', createdAt: new Date() })
    .onConflictDoNothing()
    .run();
  const close = () => {
    if (writerSqlite !== sqlite) writerSqlite.close();
    sqlite.close();
  };
  return { db, sqlite, close };
}
