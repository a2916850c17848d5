import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { revokeApiKey } from '@/lib/auth/api-keys';

/** Revokes the key: its next request is a 401. Another workspace's key is a 404; revoking twice is fine. */
export const DELETE = apiRoute<{ keyId: string }>(async (_request, ctx, { keyId }) => {
  await revokeApiKey(ctx, keyId);
  return new NextResponse(null, { status: 204 });
}, 'administer');
