import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { DEFAULT_WORKSPACE_ID } from '../lib/domain/constants';
import * as schema from './schema-sqlite';
import { sqliteTransactionRunner } from './sqlite-transaction';
import { cacheStatements } from './statement-cache';
import { markTransactionHandle, registerTransactionRunner } from './transaction';
import type { Db } from './types';

export type { Db } from './types';

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
  const reader = drizzle(sqlite, { schema });
  migrateKeepingRows(sqlite, reader);
  reader
    .insert(schema.workspaces)
    .values({ id: DEFAULT_WORKSPACE_ID, name: 'Default workspace', createdAt: new Date() })
    .onConflictDoNothing()
    .run();
  // An in-memory database cannot be opened twice: there, the one connection also writes.
  const writerSqlite = inMemory ? sqlite : connect(filePath);
  // After the migrations: their statements run once.
  for (const connection of new Set([sqlite, writerSqlite])) cacheStatements(connection);
  // Typed as the services' handle (db/types.ts): above db/, queries are awaited, as on PostgreSQL.
  const db = reader as unknown as Db;
  const writer = drizzle(writerSqlite, { schema }) as unknown as Db;
  markTransactionHandle(writer);
  registerTransactionRunner(db, sqliteTransactionRunner(writerSqlite, writer));
  const close = () => {
    if (writerSqlite !== sqlite) writerSqlite.close();
    sqlite.close();
  };
  return { db, sqlite, close };
}

/**
 * Applies the migrations with foreign keys off, as SQLite's table rebuilds require: drizzle-kit changes a
 * foreign key by copying a table and dropping the old one, and with keys on that DROP would cascade into
 * its children (every session's events). The PRAGMA in the migration SQL cannot do it: it is a no-op
 * inside the migrator's transaction. The keys are checked before they go back on.
 */
function migrateKeepingRows(sqlite: Database.Database, db: BetterSQLite3Database<typeof schema>): void {
  const appliedBefore = appliedMigrations(sqlite);
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    // Only after a migration ran: checking every row on every start would grow with the database.
    if (appliedMigrations(sqlite) === appliedBefore) return;
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken[0]) {
      throw new Error(`After migrating, ${broken.length} rows break a foreign key (first: ${broken[0].table} → ${broken[0].parent}).`);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  return table ? (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
}
