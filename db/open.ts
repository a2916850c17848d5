import type { Db } from './types';
import { openDatabase } from './client';
import { openPostgres } from './pg-client';

export interface OpenedDatabase {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  close: () => Promise<void>;
}

/** The one place that decides the dialect: PostgreSQL when a URL is given, else the SQLite file. */
export async function openConfiguredDatabase(config: { databaseUrl?: string; databasePath: string }): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const { db, close } = await openPostgres(config.databaseUrl);
    return { db, dialect: 'postgres', close };
  }
  const { db, close } = openDatabase(config.databasePath);
  return { db, dialect: 'sqlite', close: async () => close() };
}
