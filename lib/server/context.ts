import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { Db } from '@/db/client';
import { openConfiguredDatabase } from '@/db/open';
import { authenticateApiKey } from '@/lib/auth/api-keys';
import { initFromEnv } from '@/lib/auth/init-from-env';
import { actorLabel, type Principal } from '@/lib/auth/principal';
import { can, type Permission } from '@/lib/auth/roles';
import { SESSION_COOKIE, validateAuthSession, type SessionUser } from '@/lib/auth/sessions';
import { workspacesOf, type WorkspaceMembership } from '@/lib/auth/workspaces';
import { setSharedEmbeddingStore } from '@/lib/conversation/engines/simulated/meaning/embedding-store';
import { createDbEmbeddingStore } from '@/lib/conversation/text-embedding-store';
import { seedDemoWorkspace } from '@/lib/demo/seed-demo-workspace';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { ForbiddenError, UnauthenticatedError } from '@/lib/domain/errors';
import { getEnv } from '@/lib/env';
import { WORKSPACE_COOKIE } from './cookies';

// One database client per process; kept on globalThis so dev-mode hot reloads reuse it.
const globalForDb = globalThis as unknown as { switchboardDb?: Promise<Db> };

/**
 * The process's database (PostgreSQL when DATABASE_URL is set, else the SQLite file): opened, migrated,
 * (unless SEED_DEMO=0) seeded, and on an empty one the INIT_* owner created, on first use.
 */
export function getDb(): Promise<Db> {
  globalForDb.switchboardDb ??= (async () => {
    const env = getEnv();
    const { db } = await openConfiguredDatabase({ databaseUrl: env.DATABASE_URL, databasePath: env.DATABASE_PATH });
    if (env.SEED_DEMO === '1') {
      await seedDemoWorkspace({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'system' });
    }
    await initFromEnv(db, env);
    // The simulated model keeps its vectors of tool texts here, so a restart need not embed them again.
    setSharedEmbeddingStore(createDbEmbeddingStore(db));
    return db;
  })();
  return globalForDb.switchboardDb;
}

/** The signed-in person of this request, their workspaces and the one they are working in. */
export interface Viewer {
  user: SessionUser;
  workspaces: WorkspaceMembership[];
  /** Null when they belong to no workspace (removed from the last one). */
  workspace: WorkspaceMembership | null;
}

/** The session cookie's person, or null; once per request (React cache) however many components ask. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const db = await getDb();
  const session = await validateAuthSession(db, token);
  if (!session) return null;
  const memberOf = await workspacesOf(db, session.user.id);
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const workspace = memberOf.find((candidate) => candidate.id === chosen) ?? memberOf[0] ?? null;
  return { user: session.user, workspaces: memberOf, workspace };
});

/** Who is acting and where: an API key (Authorization: Bearer) or the signed-in person. */
async function authenticate(db: Db): Promise<{ principal: Principal; workspaceId: string }> {
  const authorization = (await headers()).get('authorization');
  if (authorization !== null) {
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    const key = presented ? await authenticateApiKey(db, presented) : null;
    if (!key) throw new UnauthenticatedError('The API key is missing, unknown or revoked. Send Authorization: Bearer <key>.');
    return { principal: { kind: 'api_key', keyId: key.keyId, name: key.name, role: key.role }, workspaceId: key.workspaceId };
  }
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.workspace) throw new ForbiddenError('You are not a member of any workspace. Create one, or ask an admin for an invitation.');
  const { user, workspace } = viewer;
  return { principal: { kind: 'user', userId: user.id, email: user.email, name: user.name, role: workspace.role }, workspaceId: workspace.id };
}

const REFUSALS: Record<Permission, string> = {
  read: 'read this workspace',
  chat: 'use Test Chat',
  edit: 'change agents, functions or tests, or run tests',
  administer: 'manage members, API keys and the webhook signing secret',
};

/**
 * The one door to the services for pages, actions and route handlers: authenticates the request,
 * checks that its role may `permission` (lib/auth/roles.ts), and names the actor for the audit log.
 * Throws UnauthenticatedError (401) or ForbiddenError (403); another workspace's ids are then
 * NotFound by the services' own scoping.
 */
export async function getServiceContext(permission: Permission): Promise<ServiceContext> {
  const db = await getDb();
  const { principal, workspaceId } = await authenticate(db);
  if (!can(principal.role, permission)) {
    throw new ForbiddenError(`Your role (${principal.role}) may not ${REFUSALS[permission]}.`);
  }
  return { db, workspaceId, actor: actorLabel(principal), principal };
}

/** For work nobody requested (warm-up at start): every workspace, acting as the system. */
export async function systemContext(workspaceId: string): Promise<ServiceContext> {
  return { db: await getDb(), workspaceId, actor: 'system' };
}

/** Whether the request behind `ctx` may do `permission`: for server components deciding what to show. */
export function contextCan(ctx: ServiceContext, permission: Permission): boolean {
  return ctx.principal !== undefined && can(ctx.principal.role, permission);
}
