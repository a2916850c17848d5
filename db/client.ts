import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { DEFAULT_WORKSPACE_ID } from '../lib/domain/constants';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle; services pass it down so every write of one change shares it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

/**
 * Opens (creating if needed) a SQLite database, applies the committed migrations and makes sure the
 * default workspace exists. Used by the server, the tests and the scripts alike.
 */
export function openDatabase(filePath: string): { db: Db; sqlite: Database.Database } {
  if (filePath !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ filePath)), { recursive: true });
  }
  const sqlite = new Database(filePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  db.insert(schema.workspaces)
    .values({ id: DEFAULT_WORKSPACE_ID, name: 'Default workspace', createdAt: new Date() })
    .onConflictDoNothing()
    .run();
  return { db, sqlite };
}
