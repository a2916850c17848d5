import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, workspaces } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { newId } from '@/lib/domain/ids';
import type { Role } from './roles';

export interface WorkspaceMembership {
  id: string;
  name: string;
  role: Role;
}

/** The workspaces a person belongs to, by name, with their role in each. */
export async function workspacesOf(db: Db, userId: string): Promise<WorkspaceMembership[]> {
  return db
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name), asc(workspaces.id));
}

export async function roleIn(db: Db, userId: string, workspaceId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
    .limit(1);
  return row?.role ?? null;
}

/** A new, empty workspace owned by its creator. */
export async function createWorkspace(db: Db, userId: string, name: string, now = new Date()): Promise<WorkspaceMembership> {
  const id = newId('ws');
  await withTransaction({ db, workspaceId: id }, async ({ db: tx }) => {
    await tx.insert(workspaces).values({ id, name, createdAt: now });
    await tx.insert(memberships).values({ workspaceId: id, userId, role: 'owner', createdAt: now });
  });
  return { id, name, role: 'owner' };
}
