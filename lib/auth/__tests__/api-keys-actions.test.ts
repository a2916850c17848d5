import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKeyAction, revokeApiKeyAction } from '@/app/settings/api-keys/actions';
import type { Db } from '@/db/client';
import { memberships } from '@/db/schema';
import { createUser, setUpFirstOwner } from '@/lib/auth/accounts';
import { authenticateApiKey, createApiKey, listApiKeys } from '@/lib/auth/api-keys';
import { ASSIGNABLE_ROLES, type Role } from '@/lib/auth/roles';
import { createAuthSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { openAppDatabase } from '@/lib/testing/app-routes';
import { setCurrentRequest } from '@/lib/testing/fake-next-headers';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';

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
  setCurrentRequest(new Request('http://localhost/settings/api-keys', { method: 'POST', headers }));
  try {
    return await action();
  } finally {
    setCurrentRequest(null);
  }
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('API key actions', () => {
  it.each(['owner', 'admin'] as const)('an %s creates a key, answered once, and revokes it', async (role) => {
    const state = await as(role, () => createApiKeyAction(IDLE_FORM_STATE, form({ name: `${role}'s key`, role: 'editor' })));
    expect(state).toMatchObject({ status: 'success', created: { name: `${role}'s key`, key: expect.stringMatching(/^sb_/) } });
    const key = await authenticateApiKey(db, state.created!.key);
    expect(key).toMatchObject({ role: 'editor', workspaceId: DEFAULT_WORKSPACE_ID });
    expect((await listApiKeys(ctx())).find((listed) => listed.id === key!.keyId)?.createdBy).toBe(`${role}@example.com`);
    expect(await as(role, () => revokeApiKeyAction(key!.keyId))).toMatchObject({ status: 'success' });
    expect(await authenticateApiKey(db, state.created!.key)).toBeNull();
  });

  it.each(['editor', 'viewer'] as const)('an %s may neither create nor revoke', async (role) => {
    const before = await listApiKeys(ctx());
    const refused = await as(role, () => createApiKeyAction(IDLE_FORM_STATE, form({ name: 'Sneaky', role: 'admin' })));
    expect(refused).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(refused.created).toBeUndefined();
    const { apiKey, key } = await createApiKey(ctx(), { name: 'Kept', role: 'viewer' });
    expect(await as(role, () => revokeApiKeyAction(apiKey.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await authenticateApiKey(db, key)).not.toBeNull();
    expect((await listApiKeys(ctx())).length).toBe(before.length + 1);
  });

  it('signed out is refused, and bad fields come back on the field with the values', async () => {
    expect(await as(null, () => createApiKeyAction(IDLE_FORM_STATE, form({ name: 'x', role: 'viewer' })))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    expect(await as(null, () => revokeApiKeyAction('key_unknown'))).toMatchObject({ status: 'error', code: 'unauthenticated' });
    const state = await as('admin', () => createApiKeyAction(IDLE_FORM_STATE, form({ name: '', role: 'owner' })));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { name: ['Name is required.'], role: ['Role must be "admin", "editor" or "viewer".'] }, values: { name: '', role: 'owner' } });
    expect(await as('admin', () => revokeApiKeyAction('key_unknown'))).toMatchObject({ status: 'error', code: 'not_found' });
  });
});
