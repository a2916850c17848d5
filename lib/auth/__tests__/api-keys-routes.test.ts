import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { apiKeys, workspaces } from '@/db/schema';
import { setUpFirstOwner } from '@/lib/auth/accounts';
import { createApiKey } from '@/lib/auth/api-keys';
import { createAuthSession } from '@/lib/auth/sessions';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { callRoute, openAppDatabase } from '@/lib/testing/app-routes';

// The framework's request scope, not the database: the handlers run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));

let db: Db;
let admin: { authorization: string };
let editor: { authorization: string };
let ownerSession: { session: string };

beforeAll(async () => {
  db = await openAppDatabase();
  const ctx = { db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'test setup' };
  admin = { authorization: `Bearer ${(await createApiKey(ctx, { name: 'Admin', role: 'admin' })).key}` };
  editor = { authorization: `Bearer ${(await createApiKey(ctx, { name: 'Editor', role: 'editor' })).key}` };
  const { user } = await setUpFirstOwner(db, { name: '', email: 'owner@example.com', password: 'a long enough password' });
  ownerSession = { session: (await createAuthSession(db, user.id)).token };
});

interface Created {
  id: string;
  key: string;
  apiKey: Record<string, unknown>;
}

async function create(credentials: object, body: object): Promise<Created> {
  const response = await callRoute('/api/v1/api-keys', 'POST', { credentials, body });
  expect(response.status).toBe(201);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as Created;
}

const agentsAs = async (key: string) => (await callRoute('/api/v1/agents', 'GET', { credentials: { authorization: `Bearer ${key}` } })).status;

describe('/api/v1/api-keys', () => {
  it('creates a key that is answered once, works at once with its role, and stops at once when revoked', async () => {
    const created = await create(admin, { name: 'Deploy bot', role: 'viewer' });
    expect(created.key).toMatch(/^sb_/);
    expect(created.apiKey).toMatchObject({ id: created.id, name: 'Deploy bot', role: 'viewer', prefix: created.key.slice(0, 7), createdBy: 'API key “Admin”', lastUsedAt: null, revokedAt: null });
    expect(created.apiKey).not.toHaveProperty('keyHash');
    expect(await agentsAs(created.key)).toBe(200);
    expect((await callRoute('/api/v1/agents', 'POST', { credentials: { authorization: `Bearer ${created.key}` }, body: { name: 'X', description: 'Y' } })).status).toBe(403);

    const listing = await callRoute('/api/v1/api-keys', 'GET', { credentials: admin });
    const text = await listing.text();
    expect(text).not.toContain(created.key.slice(7));
    const listed = (JSON.parse(text) as { apiKeys: { id: string; lastUsedAt: string | null }[] }).apiKeys.find((key) => key.id === created.id);
    expect(listed?.lastUsedAt).toEqual(expect.any(String));

    expect((await callRoute('/api/v1/api-keys/:id', 'DELETE', { credentials: editor, id: created.id })).status).toBe(403);
    expect(await agentsAs(created.key)).toBe(200);
    expect((await callRoute('/api/v1/api-keys/:id', 'DELETE', { credentials: admin, id: created.id })).status).toBe(204);
    expect(await agentsAs(created.key)).toBe(401);
    // Revoking again is not an error, and the key stays revoked.
    expect((await callRoute('/api/v1/api-keys/:id', 'DELETE', { credentials: admin, id: created.id })).status).toBe(204);
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it('an owner signed in with the session cookie creates keys too, named as the creator', async () => {
    const created = await create(ownerSession, { name: 'From the owner', role: 'admin' });
    expect(created.apiKey.createdBy).toBe('owner@example.com');
    expect((await callRoute('/api/v1/api-keys', 'GET', { credentials: { authorization: `Bearer ${created.key}` } })).status).toBe(200);
  });

  it('refuses a bad name or role on the field, with nothing created', async () => {
    const before = (await db.select().from(apiKeys)).length;
    const response = await callRoute('/api/v1/api-keys', 'POST', { credentials: admin, body: { name: '  ', role: 'owner' } });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors).toEqual({ name: ['Name is required.'], role: ['Role must be "admin", "editor" or "viewer".'] });
    expect((await callRoute('/api/v1/api-keys', 'POST', { credentials: admin, body: { name: 'A', role: 'viewer', key: 'chosen' } })).status).toBe(422);
    expect((await callRoute('/api/v1/api-keys', 'POST', { credentials: admin, body: '["name"]' })).status).toBe(400);
    expect((await db.select().from(apiKeys)).length).toBe(before);
  });

  it("is 404 for an unknown key and for another workspace's key, which keeps working", async () => {
    expect((await callRoute('/api/v1/api-keys/:id', 'DELETE', { credentials: admin, id: 'key_nope' })).status).toBe(404);
    await db.insert(workspaces).values({ id: 'ws_elsewhere', name: 'Elsewhere', createdAt: new Date() });
    const theirs = await createApiKey({ db, workspaceId: 'ws_elsewhere', actor: 'them' }, { name: 'Theirs', role: 'viewer' });
    const response = await callRoute('/api/v1/api-keys/:id', 'DELETE', { credentials: admin, id: theirs.apiKey.id });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: `API key ${theirs.apiKey.id} was not found.` } });
    expect(await agentsAs(theirs.key)).toBe(200);
    const listed = (await (await callRoute('/api/v1/api-keys', 'GET', { credentials: admin })).json()) as { apiKeys: { id: string }[] };
    expect(listed.apiKeys.map((key) => key.id)).not.toContain(theirs.apiKey.id);
  });
});
