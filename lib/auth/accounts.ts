import { count, eq, notExists, and } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users, workspaces } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { ConflictError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from './rate-limit';
import type { ChangePasswordInput, SetupInput, SignInInput } from './schema';
import { createAuthSession, deleteUserSessions, type SessionUser } from './sessions';

export async function hasUsers(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/**
 * The first start: creates the first owner. Workspaces nobody belongs to yet (the default one, with
 * the demo data when SEED_DEMO=1, or everything made before accounts existed) become theirs, the
 * first of them renamed to `workspaceName` when one is given. Refused once anyone has an account.
 */
export async function setUpFirstOwner(db: Db, input: SetupInput, now = new Date()): Promise<{ user: SessionUser; workspaceIds: string[] }> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction({ db }, async ({ db: tx }) => {
    if (await hasUsers(tx)) throw new ConflictError('Switchboard is already set up: sign in instead.');
    const user = { id: newId('usr'), email: input.email, name: input.name || input.email.split('@')[0]!, passwordHash, createdAt: now };
    await tx.insert(users).values(user);
    const orphans = await tx
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(notExists(tx.select({ one: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, workspaces.id))))
      .orderBy(workspaces.createdAt);
    let workspaceIds = orphans.map((row) => row.id);
    if (workspaceIds.length === 0) {
      const id = newId('ws');
      await tx.insert(workspaces).values({ id, name: input.workspaceName ?? 'My workspace', createdAt: now });
      workspaceIds = [id];
    } else if (input.workspaceName) {
      await tx.update(workspaces).set({ name: input.workspaceName }).where(eq(workspaces.id, workspaceIds[0]!));
    }
    await tx.insert(memberships).values(workspaceIds.map((workspaceId) => ({ workspaceId, userId: user.id, role: 'owner' as const, createdAt: now })));
    return { user: { id: user.id, email: user.email, name: user.name }, workspaceIds };
  });
}

/** Creates an account (an invitation's new member); refused if the email already has one. */
export async function createUser(db: Db, input: { email: string; name: string; password: string }, now = new Date()): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction({ db }, async ({ db: tx }) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken) {
      throw new ConflictError('That email already has an account: sign in to accept the invitation.', {
        email: ['That email already has an account: sign in instead.'],
      });
    }
    const user = { id: newId('usr'), email: input.email, name: input.name || input.email.split('@')[0]!, passwordHash, createdAt: now };
    await tx.insert(users).values(user);
    return { id: user.id, email: user.email, name: user.name };
  });
}

/**
 * Checks the password and starts a session. Refuses with one message for an unknown email and a
 * wrong password alike (both take a full hash to answer), and rate-limits failures (rate-limit.ts).
 */
export async function signIn(db: Db, input: Pick<SignInInput, 'email' | 'password'>, address: string) {
  await assertSignInAllowed(db, input.email, address);
  const [user] = await db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) {
    await recordSignInFailure(db, input.email, address);
    throw new UnauthenticatedError('Wrong email or password.');
  }
  await clearSignInFailures(db, input.email);
  const session = await createAuthSession(db, user.id);
  return { user: { id: user.id, email: user.email, name: user.name }, ...session };
}

/** Sets a new password and ends every session of the user; the caller starts a fresh one for this browser. */
export async function changePassword(db: Db, userId: string, input: ChangePasswordInput): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new UnauthenticatedError();
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ValidationError('The current password is wrong.', { currentPassword: ['The current password is wrong.'] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction({ db }, async ({ db: tx }) => {
    await tx.update(users).set({ passwordHash }).where(and(eq(users.id, userId)));
    await deleteUserSessions(tx, userId);
  });
}
