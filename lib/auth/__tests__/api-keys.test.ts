import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiKeys, users, workspaces } from '@/db/schema';
import { setUpFirstOwner } from '@/lib/auth/accounts';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from '@/lib/auth/api-keys';
import { initFromEnv } from '@/lib/auth/init-from-env';
import { API_KEY_ROLES } from '@/lib/auth/roles';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { NotFoundError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';

const t = setupTestContext('admin@example.com');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function storedRow(id: string) {
  const [row] = await t.ctx.db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row!;
}

/** A second workspace on the same database, with a context acting in it. */
async function otherWorkspace() {
  await t.ctx.db.insert(workspaces).values({ id: 'ws_other', name: 'Other', createdAt: new Date() });
  return { db: t.ctx.db, workspaceId: 'ws_other', actor: 'someone@other.example' };
}

describe('createApiKey', () => {
  it('answers the secret once and stores only its SHA-256 and a short prefix', async () => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: 'CI', role: 'editor' });
    expect(key).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    const row = await storedRow(apiKey.id);
    expect(row.keyHash).toBe(sha256(key));
    expect(row.prefix).toBe(key.slice(0, 7));
    // The secret part after the shown prefix appears in no column, whole or as its first 8 characters.
    const secret = key.slice(row.prefix.length);
    for (const value of Object.values(row)) {
      expect(String(value)).not.toContain(secret.slice(0, 8));
    }
    expect(row).toMatchObject({ workspaceId: DEFAULT_WORKSPACE_ID, name: 'CI', role: 'editor', createdBy: 'admin@example.com', lastUsedAt: null, revokedAt: null });
  });

  it('lists the key without its hash or workspace, and never answers a secret', async () => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: 'CI', role: 'viewer' });
    const listed = await listApiKeys(t.ctx);
    expect(listed).toEqual([apiKey]);
    expect(Object.keys(listed[0]!).sort()).toEqual(['createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'role']);
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(JSON.stringify(listed)).not.toContain(sha256(key));
  });

  it('gives every key its own secret', async () => {
    const a = await createApiKey(t.ctx, { name: 'A', role: 'admin' });
    const b = await createApiKey(t.ctx, { name: 'A', role: 'admin' });
    expect(a.key).not.toBe(b.key);
    expect(a.apiKey.id).not.toBe(b.apiKey.id);
  });
});

describe('authenticateApiKey', () => {
  it.each(API_KEY_ROLES)('a %s key acts in its workspace with its role', async (role) => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: `${role} key`, role });
    expect(await authenticateApiKey(t.ctx.db, key)).toEqual({ keyId: apiKey.id, workspaceId: DEFAULT_WORKSPACE_ID, name: `${role} key`, role });
  });

  it('knows nothing of an unknown key, the stored hash, or the key with a character changed', async () => {
    const { key } = await createApiKey(t.ctx, { name: 'CI', role: 'admin' });
    expect(await authenticateApiKey(t.ctx.db, `sb_${'x'.repeat(43)}`)).toBeNull();
    expect(await authenticateApiKey(t.ctx.db, sha256(key))).toBeNull();
    const last = key.at(-1) === 'A' ? 'B' : 'A';
    expect(await authenticateApiKey(t.ctx.db, key.slice(0, -1) + last)).toBeNull();
    expect(await authenticateApiKey(t.ctx.db, key.slice(0, 7))).toBeNull();
  });

  it('writes last_used_at on first use, then at most once a minute', async () => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: 'CI', role: 'viewer' });
    const t0 = new Date('2030-01-01T10:00:00.000Z');
    await authenticateApiKey(t.ctx.db, key, t0);
    expect((await storedRow(apiKey.id)).lastUsedAt).toEqual(t0);
    await authenticateApiKey(t.ctx.db, key, new Date(t0.getTime() + 59_000));
    expect((await storedRow(apiKey.id)).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiKey(t.ctx.db, key, later);
    expect((await storedRow(apiKey.id)).lastUsedAt).toEqual(later);
    expect((await listApiKeys(t.ctx))[0]!.lastUsedAt).toEqual(later);
  });
});

describe('revokeApiKey', () => {
  it('stops the key at once, keeps it listed as revoked, and a second revoke changes nothing', async () => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: 'CI', role: 'admin' });
    const other = await createApiKey(t.ctx, { name: 'Other', role: 'admin' });
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
    const at = new Date('2030-01-01T10:00:00.000Z');
    const revoked = await revokeApiKey(t.ctx, apiKey.id, at);
    expect(revoked).toMatchObject({ id: apiKey.id, revokedAt: at });
    expect(await authenticateApiKey(t.ctx.db, key)).toBeNull();
    expect(await authenticateApiKey(t.ctx.db, other.key)).not.toBeNull();
    expect((await revokeApiKey(t.ctx, apiKey.id, new Date(at.getTime() + 5_000))).revokedAt).toEqual(at);
    expect((await listApiKeys(t.ctx)).find((listed) => listed.id === apiKey.id)?.revokedAt).toEqual(at);
  });

  it("is NotFound for another workspace's key, which keeps working and is not listed there", async () => {
    const { apiKey, key } = await createApiKey(t.ctx, { name: 'CI', role: 'admin' });
    const elsewhere = await otherWorkspace();
    await expect(revokeApiKey(elsewhere, apiKey.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiKey(t.ctx, 'key_unknown')).rejects.toBeInstanceOf(NotFoundError);
    expect(await listApiKeys(elsewhere)).toEqual([]);
    expect(await authenticateApiKey(t.ctx.db, key)).toMatchObject({ workspaceId: DEFAULT_WORKSPACE_ID });
    expect((await storedRow(apiKey.id)).revokedAt).toBeNull();
  });

  it("a key of another workspace acts in that workspace, not the creator's", async () => {
    const elsewhere = await otherWorkspace();
    const { key } = await createApiKey(elsewhere, { name: 'Theirs', role: 'viewer' });
    expect(await authenticateApiKey(t.ctx.db, key)).toMatchObject({ workspaceId: 'ws_other', role: 'viewer' });
    expect(await listApiKeys(t.ctx)).toEqual([]);
  });
});

describe('initFromEnv (INIT_API_KEY)', () => {
  const env = {
    INIT_USER_EMAIL: 'ops@example.com',
    INIT_USER_PASSWORD: 'a long enough password',
    INIT_WORKSPACE_NAME: 'Ops',
    INIT_API_KEY: 'deploy-chosen-key-0123456789abcdefghijkl',
  };

  it('on an empty database creates the owner, their workspace and an admin key with exactly that secret', async () => {
    expect(await initFromEnv(t.ctx.db, env)).toBe(true);
    const [owner] = await t.ctx.db.select().from(users);
    expect(owner?.email).toBe('ops@example.com');
    const key = await authenticateApiKey(t.ctx.db, env.INIT_API_KEY);
    expect(key).toMatchObject({ workspaceId: DEFAULT_WORKSPACE_ID, role: 'admin', name: 'INIT_API_KEY' });
    const [row] = await t.ctx.db.select().from(apiKeys);
    expect(row?.keyHash).toBe(sha256(env.INIT_API_KEY));
    expect(row?.createdBy).toBe('ops@example.com');
    const [workspace] = await t.ctx.db.select().from(workspaces).where(eq(workspaces.id, DEFAULT_WORKSPACE_ID));
    expect(workspace?.name).toBe('Ops');
  });

  it('is ignored once anyone has an account: no key, no second owner', async () => {
    await setUpFirstOwner(t.ctx.db, { name: '', email: 'first@example.com', password: 'a long enough password' });
    expect(await initFromEnv(t.ctx.db, env)).toBe(false);
    expect(await authenticateApiKey(t.ctx.db, env.INIT_API_KEY)).toBeNull();
    expect((await t.ctx.db.select().from(users)).map((user) => user.email)).toEqual(['first@example.com']);
  });

  it('a second start with the variables still set changes nothing', async () => {
    await initFromEnv(t.ctx.db, env);
    expect(await initFromEnv(t.ctx.db, { ...env, INIT_API_KEY: 'another-deploy-key-0123456789abcdefghij' })).toBe(false);
    expect(await t.ctx.db.select().from(apiKeys)).toHaveLength(1);
    expect(await authenticateApiKey(t.ctx.db, 'another-deploy-key-0123456789abcdefghij')).toBeNull();
  });

  it('without INIT_API_KEY creates the owner and no key; without the user variables nothing', async () => {
    expect(await initFromEnv(t.ctx.db, { INIT_API_KEY: env.INIT_API_KEY })).toBe(false);
    expect(await t.ctx.db.select().from(users)).toEqual([]);
    expect(await initFromEnv(t.ctx.db, { INIT_USER_EMAIL: env.INIT_USER_EMAIL, INIT_USER_PASSWORD: env.INIT_USER_PASSWORD })).toBe(true);
    expect(await t.ctx.db.select().from(apiKeys)).toEqual([]);
  });
});
