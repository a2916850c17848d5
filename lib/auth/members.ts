import { and, asc, count, eq } from 'drizzle-orm';
import { memberships, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import type { ASSIGNABLE_ROLES, Role } from './roles';
import { deleteUserSessions } from './sessions';

/** A role an admin may give: owners are made by the setup only (roles.ts ASSIGNABLE_ROLES). */
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

/** The workspace's members, oldest first (the setup's owner at the top). */
export async function listMembers(ctx: ServiceContext): Promise<Member[]> {
  return ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}

/**
 * The member `userId` of the caller's workspace, checked against the owner rules: an admin may not
 * touch an owner, and nobody may take away the last owner (the workspace would have nobody to
 * manage it). Another workspace's user is NotFound. Runs inside the caller's transaction.
 */
async function memberToChange(tx: ServiceContext, userId: string, verb: 'change' | 'remove'): Promise<Member> {
  const [member] = await tx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.userId, userId)))
    .limit(1);
  if (!member) throw new NotFoundError('Member', userId);
  if (member.role !== 'owner') return member;
  // The system (no principal) acts as an owner; an API key is at most an admin.
  const actingRole = tx.principal?.role ?? 'owner';
  if (actingRole !== 'owner') {
    throw new ForbiddenError(`Only an owner may ${verb} an owner (${member.email}).`);
  }
  const [owners] = await tx.db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.role, 'owner')));
  if ((owners?.n ?? 0) <= 1) {
    const what = verb === 'change' ? 'demoted' : 'removed';
    throw new ConflictError(`${member.email} is the workspace's last owner and cannot be ${what}: a workspace needs an owner.`);
  }
  return member;
}

/** Gives a member another role (admin, editor or viewer); the change applies to their next request. */
export async function changeMemberRole(ctx: ServiceContext, userId: string, role: AssignableRole): Promise<Member> {
  return withTransaction(ctx, async (tx) => {
    const member = await memberToChange(tx, userId, 'change');
    if (member.role === role) return member;
    await tx.db
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.userId, userId)));
    const audited = { email: member.email, role: member.role };
    await recordAudit(tx, { entityType: 'member', entityId: userId, action: 'update', before: audited, after: { ...audited, role } }, new Date());
    return { ...member, role };
  });
}

/**
 * Takes a member out of the workspace and ends every session of theirs at once, so a removed person
 * is signed out now rather than on their next workspace check. Their account stays (other workspaces).
 */
export async function removeMember(ctx: ServiceContext, userId: string): Promise<Member> {
  return withTransaction(ctx, async (tx) => {
    const member = await memberToChange(tx, userId, 'remove');
    await tx.db.delete(memberships).where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.userId, userId)));
    await deleteUserSessions(tx.db, userId);
    await recordAudit(tx, { entityType: 'member', entityId: userId, action: 'delete', before: { email: member.email, role: member.role }, after: null }, new Date());
    return member;
  });
}
