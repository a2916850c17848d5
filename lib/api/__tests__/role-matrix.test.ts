import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { agents } from '@/db/schema';
import { API_ROUTES } from '@/lib/api/routes';
import { setUpFirstOwner } from '@/lib/auth/accounts';
import { createApiKey, revokeApiKey } from '@/lib/auth/api-keys';
import { can, type Permission, type Role } from '@/lib/auth/roles';
import { createAuthSession } from '@/lib/auth/sessions';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { callRoute, exportedMethods, openAppDatabase, routeFilesOnDisk, type Credentials, type HttpMethod } from '@/lib/testing/app-routes';

// The framework's request scope, not the database: the handlers run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));

/**
 * Who may call what, decided route by route on purpose (not derived from the handlers): a new route
 * or method fails the first test below until it has a decision here. `public` needs no credentials.
 * What each permission lets each role do is lib/auth/roles.ts's PERMISSIONS.
 */
const ROUTE_PERMISSIONS: Record<string, Partial<Record<HttpMethod, Permission | 'public'>>> = {
  '/api/health': { GET: 'public' },
  '/api/v1/agents': { GET: 'read', POST: 'edit' },
  '/api/v1/agents/:id': { GET: 'read', PATCH: 'edit', DELETE: 'edit' },
  '/api/v1/agents/:id/functions': { GET: 'read', POST: 'edit' },
  '/api/v1/agents/:id/tests': { GET: 'read', POST: 'edit' },
  '/api/v1/agents/:id/tests/preview': { POST: 'edit' },
  '/api/v1/agents/:id/tests/csv': { GET: 'read', POST: 'edit' },
  '/api/v1/agents/:id/tools': { GET: 'read' },
  '/api/v1/api-keys': { GET: 'administer', POST: 'administer' },
  '/api/v1/api-keys/:id': { DELETE: 'administer' },
  '/api/v1/functions/:id': { GET: 'read', PATCH: 'edit', DELETE: 'edit' },
  '/api/v1/functions/:id/test-call': { POST: 'edit' },
  '/api/v1/sessions': { GET: 'read', POST: 'chat' },
  '/api/v1/sessions/:id': { GET: 'read' },
  '/api/v1/sessions/:id/messages': { POST: 'chat' },
  '/api/v1/sessions/:id/end': { POST: 'chat' },
  '/api/v1/test-runs': { GET: 'read', POST: 'edit' },
  '/api/v1/test-runs/:id': { GET: 'read' },
  '/api/v1/test-runs/:id/cancel': { POST: 'edit' },
  '/api/v1/tests/:id': { GET: 'read', PATCH: 'edit', DELETE: 'edit' },
  '/api/v1/webhook-secret': { GET: 'administer' },
  '/api/v1/webhook-secret/rotate': { POST: 'administer' },
  '/api/v1/workspace/export': { GET: 'read' },
  '/api/v1/workspace/import': { POST: 'edit' },
};

const decided = Object.entries(ROUTE_PERMISSIONS).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, permission]) => ({ path, method: method as HttpMethod, permission: permission! })),
);
/** Next answers HEAD with the GET handler; it must be let through exactly as GET is. */
const calls = decided.flatMap((call) => (call.method === 'GET' ? [call, { ...call, method: 'HEAD' as const }] : [call]));
const sortedKeys = (list: { path: string; method: string }[]) => list.map(({ method, path }) => `${method} ${path}`).sort();

type Outcome = 'allowed' | 'refused (403)' | 'unauthenticated (401)' | `failed (${number})`;
const outcomeOf = (status: number): Outcome =>
  status === 401 ? 'unauthenticated (401)' : status === 403 ? 'refused (403)' : status >= 500 ? `failed (${status})` : 'allowed';

/** A caller of the API: `role` is what it acts as, null for one that must not get in at all. */
interface Caller {
  credentials: Credentials;
  role: Role | null;
}
const callers: Record<string, Caller> = {};

let db: Db;
beforeAll(async () => {
  db = await openAppDatabase();
  const ctx = { db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'test setup' };
  const bearer = async (role: 'admin' | 'editor' | 'viewer') => `Bearer ${(await createApiKey(ctx, { name: `${role} key`, role })).key}`;
  const revoked = await createApiKey(ctx, { name: 'revoked', role: 'admin' });
  await revokeApiKey(ctx, revoked.apiKey.id);
  // The owner role belongs to people: a real session of the first owner, sent as the cookie.
  const { user } = await setUpFirstOwner(db, { name: '', email: 'owner@example.com', password: 'a long enough password' });
  const ownerSession = (await createAuthSession(db, user.id)).token;
  const viewerKey = await bearer('viewer');
  Object.assign(callers, {
    'owner (session cookie)': { credentials: { session: ownerSession }, role: 'owner' },
    'admin API key': { credentials: { authorization: await bearer('admin') }, role: 'admin' },
    'editor API key': { credentials: { authorization: await bearer('editor') }, role: 'editor' },
    'viewer API key': { credentials: { authorization: viewerKey }, role: 'viewer' },
    // A key is who the request is: the owner's cookie beside a viewer key does not lift it.
    'viewer API key with the owner cookie': { credentials: { authorization: viewerKey, session: ownerSession }, role: 'viewer' },
    'no credentials': { credentials: {}, role: null },
    'unknown API key': { credentials: { authorization: `Bearer sb_${'A'.repeat(43)}` }, role: null },
    'revoked API key': { credentials: { authorization: `Bearer ${revoked.key}` }, role: null },
    'not a Bearer header': { credentials: { authorization: 'Basic b3duZXI6cGFzc3dvcmQ=' }, role: null },
    'unknown session cookie': { credentials: { session: 'not-a-session' }, role: null },
  } satisfies Record<string, Caller>);
});

describe('the role matrix of the JSON API', () => {
  it('decides every route and method lib/api/routes.ts lists and app/api exports', async () => {
    const listed = API_ROUTES.flatMap(({ path, methods }) => methods.map((method) => ({ path, method })));
    const exported = (await Promise.all(routeFilesOnDisk().map(async (route) => Object.keys(await exportedMethods(route)).map((method) => ({ path: route.path, method }))))).flat();
    expect(sortedKeys(decided)).toEqual(sortedKeys(listed));
    expect(sortedKeys(decided)).toEqual(sortedKeys(exported));
  });

  it('follows the policy: reads for every role, writes for editors, Test Chat for all, API keys and the webhook secret for admins', () => {
    const withPermission = (wanted: Permission | 'public') =>
      sortedKeys(decided.filter(({ permission }) => permission === wanted));
    expect(withPermission('chat')).toEqual(['POST /api/v1/sessions', 'POST /api/v1/sessions/:id/end', 'POST /api/v1/sessions/:id/messages']);
    expect(withPermission('administer')).toEqual(sortedKeys(decided.filter(({ path }) => path.startsWith('/api/v1/api-keys') || path.startsWith('/api/v1/webhook-secret'))));
    expect(withPermission('public')).toEqual(['GET /api/health']);
    const rest = decided.filter(({ permission }) => permission === 'read' || permission === 'edit');
    for (const { method, path, permission } of rest) expect(`${method} ${path}: ${permission}`).toBe(`${method} ${path}: ${method === 'GET' ? 'read' : 'edit'}`);
  });

  // Unknown ids and a body that is not JSON: whoever gets past the role check meets a 400 or 404,
  // so no call changes anything and the outcome says only whether the role check let it through.
  it.each(calls)('$method $path ($permission)', async ({ path, method, permission }) => {
    const actual: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const [name, { credentials, role }] of Object.entries(callers)) {
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{"not json' : undefined;
      actual[name] = outcomeOf((await callRoute(path, method, { credentials, body })).status);
      if (permission === 'public') expected[name] = 'allowed';
      else if (role === null) expected[name] = 'unauthenticated (401)';
      else expected[name] = can(role, permission) ? 'allowed' : 'refused (403)';
    }
    expect(actual).toEqual(expected);
  });
});

describe('what a refusal means', () => {
  const agentCount = async () => (await db.select({ n: count() }).from(agents).where(eq(agents.workspaceId, DEFAULT_WORKSPACE_ID)))[0]!.n;
  const agent = { name: 'Refunds', description: 'Refunds and returns.' };

  it('a refused write changes nothing, the same write allowed is done', async () => {
    const before = await agentCount();
    const refused = await callRoute('/api/v1/agents', 'POST', { credentials: callers['viewer API key']!.credentials, body: agent });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: 'Your role (viewer) may not change agents, functions or tests, or run tests.' } });
    expect(await agentCount()).toBe(before);
    const created = await callRoute('/api/v1/agents', 'POST', { credentials: callers['editor API key']!.credentials, body: agent });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await callRoute('/api/v1/agents/:id', 'DELETE', { credentials: callers['viewer API key']!.credentials, id })).status).toBe(403);
    expect(await agentCount()).toBe(before + 1);
    expect((await callRoute('/api/v1/agents/:id', 'DELETE', { credentials: callers['owner (session cookie)']!.credentials, id })).status).toBe(204);
    expect(await agentCount()).toBe(before);
  });

  it('a 401 asks for a Bearer key in the API error shape', async () => {
    const response = await callRoute('/api/v1/agents', 'GET', { credentials: callers['revoked API key']!.credentials });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.stringContaining('Authorization: Bearer') } });
  });
});
