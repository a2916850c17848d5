import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { createApiKey } from '@/lib/auth/api-keys';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { callRoute, openAppDatabase } from '@/lib/testing/app-routes';
import { webhookSigningSecret } from '../signing-secret';

// The framework's request scope, not the database: the handlers run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));

let db: Db;
let admin: { authorization: string };
const ctx = () => ({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'test setup' });

beforeAll(async () => {
  db = await openAppDatabase();
  admin = { authorization: `Bearer ${(await createApiKey(ctx(), { name: 'Admin', role: 'admin' })).key}` };
});

describe('GET /api/v1/webhook-secret and POST /api/v1/webhook-secret/rotate', () => {
  it('answers the secret and how calls carry it, never cached', async () => {
    const response = await callRoute('/api/v1/webhook-secret', 'GET', { credentials: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ secret: await webhookSigningSecret(ctx()), createdAt: expect.any(String), header: 'X-Switchboard-Signature', algorithm: 'HMAC-SHA256' });
  });

  it('rotates with no body or {}, answering the new secret; a body with fields is refused and changes nothing', async () => {
    const before = await webhookSigningSecret(ctx());
    // An empty JSON request (Content-Type set, nothing sent) is as good as `{}`.
    const rotated = await callRoute('/api/v1/webhook-secret/rotate', 'POST', { credentials: admin, body: '' });
    expect(rotated.status).toBe(200);
    const { secret } = (await rotated.json()) as { secret: string };
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(before);
    expect(await webhookSigningSecret(ctx())).toBe(secret);

    expect((await callRoute('/api/v1/webhook-secret/rotate', 'POST', { credentials: admin, body: {} })).status).toBe(200);
    const kept = await webhookSigningSecret(ctx());
    expect((await callRoute('/api/v1/webhook-secret/rotate', 'POST', { credentials: admin, body: { secret: 'mine' } })).status).toBe(422);
    expect(await webhookSigningSecret(ctx())).toBe(kept);
  });
});
