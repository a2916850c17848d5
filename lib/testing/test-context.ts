import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '@/db/client';
import { openPostgres } from '@/db/pg-client';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { createPostgresTestDatabase } from './postgres-test-database';

export interface TestContext extends ServiceContext {
  dialect: 'sqlite' | 'postgres';
  /** The raw SQLite connection, for the few tests about SQLite itself; null on PostgreSQL. */
  sqlite: Database.Database | null;
  close: () => Promise<void>;
}

/** The dialect the service tests run on: PostgreSQL when TEST_DATABASE_URL is set (see README). */
export const testDialect: TestContext['dialect'] = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * A service context on a fresh database migrated by the real migrations, exactly as the server opens
 * its own: a SQLite file in a temp folder, or a new PostgreSQL database when TEST_DATABASE_URL is set.
 * Call `close()` in afterEach.
 */
export async function createTestContext(actor = 'tester'): Promise<TestContext> {
  const base = { workspaceId: DEFAULT_WORKSPACE_ID, actor };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await createPostgresTestDatabase(serverUrl);
    const { db, close } = await openPostgres(database.url, 4);
    return { ...base, db, dialect: 'postgres', sqlite: null, close: async () => { await close(); await database.drop(); } };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-test-'));
  const { db, sqlite, close } = openDatabase(path.join(dir, 'test.db'));
  return {
    ...base,
    db,
    dialect: 'sqlite',
    sqlite,
    close: async () => {
      close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
