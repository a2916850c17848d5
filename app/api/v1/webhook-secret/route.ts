import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { SIGNATURE_HEADER } from '@/lib/webhooks/send-webhook';
import { webhookSigningSecret, webhookSecretSummary } from '@/lib/webhooks/signing-secret';

/** The workspace's webhook signing secret and how calls carry it. Owners and admins (or an admin key) only. */
export const GET = apiRoute(async (_request, ctx) => {
  const [secret, { createdAt }] = [await webhookSigningSecret(ctx), await webhookSecretSummary(ctx)];
  return NextResponse.json({ secret, createdAt, header: SIGNATURE_HEADER, algorithm: 'HMAC-SHA256' }, { headers: { 'Cache-Control': 'no-store' } });
}, 'administer');
