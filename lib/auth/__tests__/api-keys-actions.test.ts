import { describe, expect, it, vi } from 'vitest';
import { createApiKeyAction, revokeApiKeyAction } from '@/app/settings/api-keys/actions';
import { authenticateApiKey, createApiKey, listApiKeys } from '@/lib/auth/api-keys';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { setupSignedInRoles } from '@/lib/testing/signed-in-roles';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';

// The framework's request scope and cache, not the database: the actions run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const roles = setupSignedInRoles('/settings/api-keys');
const { as, ctx } = roles;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('API key actions', () => {
  it.each(['owner', 'admin'] as const)('an %s creates a key, answered once, and revokes it', async (role) => {
    const state = await as(role, () => createApiKeyAction(IDLE_FORM_STATE, form({ name: `${role}'s key`, role: 'editor' })));
    expect(state).toMatchObject({ status: 'success', created: { name: `${role}'s key`, key: expect.stringMatching(/^sb_/) } });
    const key = await authenticateApiKey(roles.db, state.created!.key);
    expect(key).toMatchObject({ role: 'editor', workspaceId: DEFAULT_WORKSPACE_ID });
    expect((await listApiKeys(ctx())).find((listed) => listed.id === key!.keyId)?.createdBy).toBe(`${role}@example.com`);
    expect(await as(role, () => revokeApiKeyAction(key!.keyId))).toMatchObject({ status: 'success' });
    expect(await authenticateApiKey(roles.db, state.created!.key)).toBeNull();
  });

  it.each(['editor', 'viewer'] as const)('an %s may neither create nor revoke', async (role) => {
    const before = await listApiKeys(ctx());
    const refused = await as(role, () => createApiKeyAction(IDLE_FORM_STATE, form({ name: 'Sneaky', role: 'admin' })));
    expect(refused).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(refused.created).toBeUndefined();
    const { apiKey, key } = await createApiKey(ctx(), { name: 'Kept', role: 'viewer' });
    expect(await as(role, () => revokeApiKeyAction(apiKey.id))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await authenticateApiKey(roles.db, key)).not.toBeNull();
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
