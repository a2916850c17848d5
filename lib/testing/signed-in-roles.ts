import { beforeAll } from 'vitest';
import type { Db } from '@/db/client';
import { memberships } from '@/db/schema';
import { createUser, setUpFirstOwner } from '@/lib/auth/accounts';
import { ASSIGNABLE_ROLES, type Role } from '@/lib/auth/roles';
import { createAuthSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { openAppDatabase } from './app-routes';
import { setCurrentRequest } from './fake-next-headers';

export interface SignedInRoles {
  /** The app's own database (its getDb()), which the server actions under test use too. */
  readonly db: Db;
  /** A service context on it, for setting up and checking what the actions did. */
  ctx(): { db: Db; workspaceId: string; actor: string };
  /** Runs an action as the person of `role` (null: nobody signed in), as a form post to `formPath` would. */
  as<T>(role: Role | null, action: () => Promise<T>): Promise<T>;
}

/**
 * For server-action tests (with next/headers mocked by fake-next-headers): the workspace's owner and
 * one member of every other role, each with a session, made once for the file (beforeAll).
 */
export function setupSignedInRoles(formPath: string): SignedInRoles {
  let database: Db | undefined;
  const sessions = {} as Record<Role, string>;
  beforeAll(async () => {
    const db = await openAppDatabase();
    const { user } = await setUpFirstOwner(db, { name: '', email: 'owner@example.com', password: 'a long enough password' });
    sessions.owner = (await createAuthSession(db, user.id)).token;
    for (const role of ASSIGNABLE_ROLES) {
      const member = await createUser(db, { email: `${role}@example.com`, name: role, password: 'a long enough password' });
      await db.insert(memberships).values({ workspaceId: DEFAULT_WORKSPACE_ID, userId: member.id, role, createdAt: new Date() });
      sessions[role] = (await createAuthSession(db, member.id)).token;
    }
    database = db;
  });
  const db = () => {
    if (!database) throw new Error('setupSignedInRoles(): read it inside a test, after beforeAll has run.');
    return database;
  };
  return {
    get db() {
      return db();
    },
    ctx: () => ({ db: db(), workspaceId: DEFAULT_WORKSPACE_ID, actor: 'test setup' }),
    async as(role, action) {
      const headers: Record<string, string> = role ? { cookie: `${SESSION_COOKIE}=${sessions[role]}` } : {};
      setCurrentRequest(new Request(`http://localhost${formPath}`, { method: 'POST', headers }));
      try {
        return await action();
      } finally {
        setCurrentRequest(null);
      }
    },
  };
}
