import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { rotateWebhookSigningSecret } from '@/lib/webhooks/signing-secret';
import { WebhookSecretRotateSchema } from '@/lib/webhooks/signing-secret-schema';

/** A new secret from now on, audited; the old one signs nothing more. Answers `{ secret, createdAt }`. */
export const POST = apiRoute(async (request, ctx) => {
  // No body is as good as `{}`; one that is sent must be a JSON object without fields.
  const body = (await request.clone().text()).trim() === '' ? {} : await readJsonBody(request);
  parseOrThrow(WebhookSecretRotateSchema, body);
  const { secret, createdAt } = await rotateWebhookSigningSecret(ctx);
  return NextResponse.json({ secret, createdAt }, { headers: { 'Cache-Control': 'no-store' } });
}, 'administer');
