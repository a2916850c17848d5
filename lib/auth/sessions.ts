import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import { hashToken, newSecretToken } from './tokens';

export const SESSION_COOKIE = 'sb_session';
/** A session lasts 30 days from its last renewal; used in its second half, it is renewed. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export type SessionUser = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name'>;

/** Starts a session for the user; returns the cookie's token (only its hash is stored). */
export async function createAuthSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(authSessions).values({ id: hashToken(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/**
 * The user behind a session token, or null for an unknown or expired one. An expired session is
 * deleted; one in its second half is extended (the cookie is re-sent by whoever can set cookies).
 */
export async function validateAuthSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ user: SessionUser; expiresAt: Date; renewed: boolean } | null> {
  const id = hashToken(token);
  const [row] = await db
    .select({ user: { id: users.id, email: users.email, name: users.name }, expiresAt: authSessions.expiresAt })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, id))
    .limit(1);
  if (!row) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.delete(authSessions).where(eq(authSessions.id, id));
    return null;
  }
  if (row.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS / 2) {
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await db.update(authSessions).set({ expiresAt }).where(eq(authSessions.id, id));
    return { user: row.user, expiresAt, renewed: true };
  }
  return { user: row.user, expiresAt: row.expiresAt, renewed: false };
}

export async function deleteAuthSession(db: Db, token: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, hashToken(token)));
}

/** Signs the user out everywhere: a password change (but for the current browser) or removal from a workspace. */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
}
