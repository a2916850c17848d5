import { beforeAll, describe, expect, it, vi } from 'vitest';
import { revealWebhookSecretAction, rotateWebhookSecretAction } from '@/app/settings/webhooks/actions';
import type { Db } from '@/db/client';
import { memberships } from '@/db/schema';
import { createUser, setUpFirstOwner } from '@/lib/auth/accounts';
import { ASSIGNABLE_ROLES, type Role } from '@/lib/auth/roles';
import { createAuthSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { openAppDatabase } from '@/lib/testing/app-routes';
import { setCurrentRequest } from '@/lib/testing/fake-next-headers';
import { webhookSigningSecret } from '@/lib/webhooks/signing-secret';

// The framework's request scope and cache, not the database: the actions run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

let db: Db;
const sessions = {} as Record<Role, string>;
const ctx = () => ({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'test setup' });

beforeAll(async () => {
  db = await openAppDatabase();
  const { user } = await setUpFirstOwner(db, { name: '', email: 'owner@example.com', password: 'a long enough password' });
  sessions.owner = (await createAuthSession(db, user.id)).token;
  for (const role of ASSIGNABLE_ROLES) {
    const member = await createUser(db, { email: `${role}@example.com`, name: role, password: 'a long enough password' });
    await db.insert(memberships).values({ workspaceId: DEFAULT_WORKSPACE_ID, userId: member.id, role, createdAt: new Date() });
    sessions[role] = (await createAuthSession(db, member.id)).token;
  }
});

/** Runs an action as the person the session cookie names (null: nobody signed in), as a form post would. */
async function as<T>(role: Role | null, action: () => Promise<T>): Promise<T> {
  const headers: Record<string, string> = role ? { cookie: `${SESSION_COOKIE}=${sessions[role]}` } : {};
  setCurrentRequest(new Request('http://localhost/settings/webhooks', { method: 'POST', headers }));
  try {
    return await action();
  } finally {
    setCurrentRequest(null);
  }
}

describe('webhook secret actions', () => {
  it.each(['owner', 'admin'] as const)('an %s sees the secret and rotates it', async (role) => {
    const before = await webhookSigningSecret(ctx());
    expect(await as(role, revealWebhookSecretAction)).toEqual({ status: 'success', secret: before });
    const rotated = await as(role, rotateWebhookSecretAction);
    expect(rotated).toMatchObject({ status: 'success', secret: expect.stringMatching(/^whsec_/), masked: expect.stringMatching(/^whsec_•+/) });
    expect(rotated.secret).not.toBe(before);
    expect(await webhookSigningSecret(ctx())).toBe(rotated.secret);
  });

  it.each(['editor', 'viewer', null] as const)('%s may neither see nor rotate it', async (role) => {
    const before = await webhookSigningSecret(ctx());
    const code = role === null ? 'unauthenticated' : 'forbidden';
    const revealed = await as(role, revealWebhookSecretAction);
    expect(revealed).toMatchObject({ status: 'error', code });
    expect(revealed.secret).toBeUndefined();
    expect(await as(role, rotateWebhookSecretAction)).toMatchObject({ status: 'error', code });
    expect(await webhookSigningSecret(ctx())).toBe(before);
  });
});
