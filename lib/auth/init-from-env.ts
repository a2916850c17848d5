import type { Db } from '@/db/client';
import type { Env } from '@/lib/env';
import { hasUsers, setUpFirstOwner } from './accounts';
import { createApiKey } from './api-keys';

/**
 * Headless first start, as Langfuse's LANGFUSE_INIT_* do: on a database without users,
 * INIT_USER_EMAIL + INIT_USER_PASSWORD become the first owner (and the setup page is not shown), and
 * INIT_API_KEY an admin key of their first workspace. A database that has users ignores them.
 */
export async function initFromEnv(
  db: Db,
  env: Pick<Env, 'INIT_USER_EMAIL' | 'INIT_USER_PASSWORD' | 'INIT_WORKSPACE_NAME' | 'INIT_API_KEY'>,
): Promise<boolean> {
  if (!env.INIT_USER_EMAIL || !env.INIT_USER_PASSWORD || (await hasUsers(db))) return false;
  const { user, workspaceIds } = await setUpFirstOwner(db, {
    name: '',
    email: env.INIT_USER_EMAIL,
    password: env.INIT_USER_PASSWORD,
    workspaceName: env.INIT_WORKSPACE_NAME,
  }).catch(async (error: unknown) => {
    // Another instance starting on the same database set it up first: theirs stands.
    if (await hasUsers(db)) return null;
    throw error;
  }) ?? {};
  if (!user || !workspaceIds) return false;
  if (env.INIT_API_KEY) {
    await createApiKey({ db, workspaceId: workspaceIds[0]!, actor: user.email }, { name: 'INIT_API_KEY', role: 'admin' }, env.INIT_API_KEY);
  }
  return true;
}
