import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { createApiKey, listApiKeys } from '@/lib/auth/api-keys';
import { ApiKeyCreateSchema } from '@/lib/auth/schema';

/** The workspace's keys, revoked ones included: never a hash or a secret. Owners and admins only. */
export const GET = apiRoute(async (_request, ctx) => NextResponse.json({ apiKeys: await listApiKeys(ctx) }), 'administer');

/** `{ name, role }` → 201 `{ id, key, apiKey }`: `key` is the secret, answered this once and stored only as a hash. */
export const POST = apiRoute(async (request, ctx) => {
  const input = parseOrThrow(ApiKeyCreateSchema, await readJsonBody(request));
  const { apiKey, key } = await createApiKey(ctx, input);
  return NextResponse.json({ id: apiKey.id, key, apiKey }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}, 'administer');
