import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, memberships, users, workspaces } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import type { Role } from './roles';
import type { InvitationCreateInput } from './schema';
import { hashToken, newSecretToken } from './tokens';

/** A link works for a week: long enough to reach someone on leave, short enough that a leaked one dies. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export type InvitationState = 'valid' | 'expired' | 'used' | 'revoked';

type InvitationRow = typeof invitations.$inferSelect;
/** What the members page lists: never the token's hash. */
export type InvitationView = Pick<InvitationRow, 'id' | 'role' | 'createdBy' | 'createdAt' | 'expiresAt'>;

/** What the accept page shows about a link before anyone signs in. */
export interface FoundInvitation extends InvitationView {
  workspaceId: string;
  workspaceName: string;
  state: InvitationState;
}

function toView(row: InvitationRow): InvitationView {
  const { id, role, createdBy, createdAt, expiresAt } = row;
  return { id, role, createdBy, createdAt, expiresAt };
}

function stateOf(row: InvitationRow, now: Date): InvitationState {
  if (row.acceptedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'valid';
}

/** Why a link cannot be used, in words for the person holding it; the accept page and the refusals share them. */
export function invitationRefusal(state: Exclude<InvitationState, 'valid'> | 'unknown', workspaceName?: string): string {
  const admin = workspaceName ? `an admin of “${workspaceName}”` : 'an admin of the workspace';
  switch (state) {
    case 'expired':
      return `This invitation link has expired. Ask ${admin} for a new one.`;
    case 'used':
      return `This invitation link was already used: each link works once. Ask ${admin} for a new one.`;
    case 'revoked':
      return `This invitation link was revoked. Ask ${admin} for a new one if you still need access.`;
    case 'unknown':
      return 'This invitation link is not valid. Check that you copied all of it, or ask an admin for a new one.';
  }
}

/**
 * A one-time link into the caller's workspace with `role`, valid for INVITATION_TTL_MS. The token is
 * answered this once; only its hash is stored, so the admin copies the link now or makes a new one.
 */
export async function createInvitation(
  ctx: ServiceContext,
  input: InvitationCreateInput,
  now = new Date(),
): Promise<{ invitation: InvitationView; token: string }> {
  const token = newSecretToken();
  const row: InvitationRow = {
    id: newId('inv'),
    workspaceId: ctx.workspaceId,
    tokenHash: hashToken(token),
    role: input.role,
    createdBy: ctx.actor,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
  };
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(invitations).values(row);
    await recordAudit(tx, { entityType: 'invitation', entityId: row.id, action: 'create', before: null, after: { role: row.role, expiresAt: row.expiresAt.toISOString() } }, now);
  });
  return { invitation: toView(row), token };
}

/** Links of the workspace that still work (neither used, revoked nor expired), newest first. */
export async function listPendingInvitations(ctx: ServiceContext, now = new Date()): Promise<InvitationView[]> {
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, ctx.workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  return rows.map(toView);
}

/** Stops a link from working. A used link is refused (the person is a member: remove them instead). */
export async function revokeInvitation(ctx: ServiceContext, id: string, now = new Date()): Promise<InvitationView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, id), eq(invitations.workspaceId, tx.workspaceId)))
      .limit(1);
    if (!row) throw new NotFoundError('Invitation', id);
    if (row.acceptedAt) throw new ConflictError('This invitation was already used: remove the member instead.');
    if (!row.revokedAt) {
      await tx.db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, id));
      await recordAudit(tx, { entityType: 'invitation', entityId: id, action: 'delete', before: { role: row.role }, after: null }, now);
    }
    return toView(row);
  });
}

/** The invitation behind a link and whether it still works, or null for a token nobody issued. */
export async function findInvitation(db: Db, token: string, now = new Date()): Promise<FoundInvitation | null> {
  const [found] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!found) return null;
  const { invitation, workspaceName } = found;
  return { ...toView(invitation), workspaceId: invitation.workspaceId, workspaceName, state: stateOf(invitation, now) };
}

function refuseUnusable(state: InvitationState, workspaceName: string): void {
  if (state === 'expired') throw new ValidationError(invitationRefusal(state, workspaceName), {});
  if (state !== 'valid') throw new ConflictError(invitationRefusal(state, workspaceName));
}

/**
 * The invitation behind a link that still works, or the refusal acceptInvitation would give: lets a
 * sign-up check the link before it creates an account that would then belong nowhere.
 */
export async function usableInvitation(db: Db, token: string, now = new Date()): Promise<FoundInvitation> {
  const found = await findInvitation(db, token, now);
  if (!found) throw new ValidationError(invitationRefusal('unknown'), {});
  refuseUnusable(found.state, found.workspaceName);
  return found;
}

export interface AcceptedInvitation {
  workspaceId: string;
  /** The person's role in the workspace now: the invitation's, or the one they already had. */
  role: Role;
  alreadyMember: boolean;
}

/**
 * Makes `userId` a member with the invitation's role and marks the link used, in one transaction, so
 * it works once. Refuses an unknown, expired, used or revoked link. Someone already a member keeps
 * their role and the link stays unused (an admin trying their own link does not burn it).
 */
export async function acceptInvitation(db: Db, token: string, userId: string, now = new Date()): Promise<AcceptedInvitation> {
  const found = await usableInvitation(db, token, now);
  // Re-read under the workspace's lock: two people racing for one link, only one gets in.
  return withTransaction({ db, workspaceId: found.workspaceId }, async ({ db: tx }) => {
    const [row] = await tx.select().from(invitations).where(eq(invitations.id, found.id)).limit(1);
    if (!row) throw new ValidationError(invitationRefusal('unknown'), {});
    refuseUnusable(stateOf(row, now), found.workspaceName);
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, row.workspaceId), eq(memberships.userId, userId)))
      .limit(1);
    if (existing) return { workspaceId: row.workspaceId, role: existing.role, alreadyMember: true };
    await tx.insert(memberships).values({ workspaceId: row.workspaceId, userId, role: row.role, createdAt: now });
    await tx.update(invitations).set({ acceptedAt: now, acceptedBy: userId }).where(eq(invitations.id, row.id));
    // The joiner is the actor: they used an admin's link to let themselves in.
    const [joiner] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    const actor = joiner?.email ?? userId;
    await recordAudit(
      { db: tx, workspaceId: row.workspaceId, actor },
      { entityType: 'member', entityId: userId, action: 'create', before: null, after: { email: actor, role: row.role, invitationId: row.id } },
      now,
    );
    return { workspaceId: row.workspaceId, role: row.role, alreadyMember: false };
  });
}
