import type { Db } from '@/db/client';
import { openConfiguredDatabase } from '@/db/open';
import { seedDemoWorkspace } from '@/lib/demo/seed-demo-workspace';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { getEnv } from '@/lib/env';

// One database client per process; kept on globalThis so dev-mode hot reloads reuse it.
const globalForDb = globalThis as unknown as { switchboardDb?: Promise<Db> };

/**
 * The process's database (PostgreSQL when DATABASE_URL is set, else the SQLite file): opened, migrated
 * and (unless SEED_DEMO=0) seeded on first use.
 */
export function getDb(): Promise<Db> {
  globalForDb.switchboardDb ??= (async () => {
    const env = getEnv();
    const { db } = await openConfiguredDatabase({ databaseUrl: env.DATABASE_URL, databasePath: env.DATABASE_PATH });
    if (env.SEED_DEMO === '1') {
      await seedDemoWorkspace({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'system' });
    }
    return db;
  })();
  return globalForDb.switchboardDb;
}

/**
 * The context every page, action and route handler passes to the services. Until users and roles
 * arrive there is one workspace and the actor says which door the change came through.
 */
export async function getServiceContext(actor: 'admin' | 'api' = 'admin'): Promise<ServiceContext> {
  return { db: await getDb(), workspaceId: DEFAULT_WORKSPACE_ID, actor };
}
