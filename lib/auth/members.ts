import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { apiKeys, memberships, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { revokeApiKey } from './api-keys';
import { listPendingInvitations, revokeInvitation, type InvitationView } from './invitations';
import { can, type ASSIGNABLE_ROLES, type Role } from './roles';
import type { MemberRemoveInput, MemberRoleInput } from './schema';
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

/** A member after a role change or a removal, and what of theirs was revoked with it. */
export interface ChangedMember extends Member {
  revoked: LiveCredentials;
}

/**
 * Gives a member another role (admin, editor or viewer); the change applies to their next request.
 * With `revokeCreated` and a role that may not administer, the API keys and invitation links they made
 * stop working in the same transaction: a key keeps the role it was made with, so an admin's key (or
 * a link inviting another admin) would otherwise keep the power the demotion took away.
 */
export async function changeMemberRole(
  ctx: ServiceContext,
  userId: string,
  role: AssignableRole,
  { revokeCreated }: Pick<MemberRoleInput, 'revokeCreated'> = { revokeCreated: false },
  now = new Date(),
): Promise<ChangedMember> {
  return withTransaction(ctx, async (tx) => {
    const member = await memberToChange(tx, userId, 'change');
    if (member.role !== role) {
      await tx.db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.userId, userId)));
      const audited = { email: member.email, role: member.role };
      await recordAudit(tx, { entityType: 'member', entityId: userId, action: 'update', before: audited, after: { ...audited, role } }, now);
    }
    const revoked = revokeCreated && !can(role, 'administer') ? await revokeCreatedBy(tx, member.email, now) : NOTHING_REVOKED;
    return { ...member, role, revoked };
  });
}

/** What a member made that still works: API keys not revoked, invitation links not used, revoked or expired. */
export interface LiveCredentials {
  apiKeys: { id: string; name: string }[];
  invitations: { id: string }[];
}

/**
 * The live API keys and invitation links each person of the workspace made, by their email (the
 * audit name `createdBy` holds). Both outlive their maker: a key is the workspace's, and a removed
 * admin's link still lets someone in, so the members page offers to revoke them with the member.
 * `pending` is the workspace's pending links when the caller has already read them (the members page).
 */
export async function liveCredentialsByCreator(
  ctx: ServiceContext,
  now = new Date(),
  pending?: readonly Pick<InvitationView, 'id' | 'createdBy'>[],
): Promise<Map<string, LiveCredentials>> {
  const [keys, links] = await Promise.all([
    ctx.db
      .select({ id: apiKeys.id, name: apiKeys.name, createdBy: apiKeys.createdBy })
      .from(apiKeys)
      .where(and(eq(apiKeys.workspaceId, ctx.workspaceId), isNull(apiKeys.revokedAt)))
      .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)),
    pending ?? listPendingInvitations(ctx, now),
  ]);
  const byCreator = new Map<string, LiveCredentials>();
  const entryOf = (createdBy: string) => {
    let entry = byCreator.get(createdBy);
    if (!entry) byCreator.set(createdBy, (entry = { apiKeys: [], invitations: [] }));
    return entry;
  };
  for (const { createdBy, ...key } of keys) entryOf(createdBy).apiKeys.push(key);
  for (const { id, createdBy } of links) entryOf(createdBy).invitations.push({ id });
  return byCreator;
}

const NOTHING_REVOKED: LiveCredentials = { apiKeys: [], invitations: [] };

/** Revokes, each with its audit event, the live API keys and invitation links `email` made; returns them. */
async function revokeCreatedBy(tx: ServiceContext, email: string, now: Date): Promise<LiveCredentials> {
  const revoked = (await liveCredentialsByCreator(tx, now)).get(email) ?? NOTHING_REVOKED;
  for (const key of revoked.apiKeys) await revokeApiKey(tx, key.id, now);
  for (const link of revoked.invitations) await revokeInvitation(tx, link.id, now);
  return revoked;
}

/**
 * Takes a member out of the workspace and ends every session of theirs at once, so a removed person
 * is signed out now rather than on their next workspace check. Their account stays (other workspaces).
 * With `revokeCreated`, the API keys and invitation links they made stop working in the same
 * transaction, each revocation audited as if done by hand.
 */
export async function removeMember(
  ctx: ServiceContext,
  userId: string,
  { revokeCreated }: MemberRemoveInput = { revokeCreated: false },
  now = new Date(),
): Promise<ChangedMember> {
  return withTransaction(ctx, async (tx) => {
    const member = await memberToChange(tx, userId, 'remove');
    await tx.db.delete(memberships).where(and(eq(memberships.workspaceId, tx.workspaceId), eq(memberships.userId, userId)));
    await deleteUserSessions(tx.db, userId);
    await recordAudit(tx, { entityType: 'member', entityId: userId, action: 'delete', before: { email: member.email, role: member.role }, after: null }, now);
    const revoked = revokeCreated ? await revokeCreatedBy(tx, member.email, now) : NOTHING_REVOKED;
    return { ...member, revoked };
  });
}
