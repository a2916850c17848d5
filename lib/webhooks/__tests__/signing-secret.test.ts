import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent } from '@/lib/testing/factories';
import { signBody } from '../send-webhook';
import { maskSecret, rotateWebhookSigningSecret, webhookSecretSummary, webhookSigningSecret } from '../signing-secret';
import { testCallFunction } from '../test-call';
import { startReceiver } from './receiver';

const t = setupTestContext('admin@example.com');
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startReceiver();
});
afterEach(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
});

const secretAudit = () => t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, t.ctx.workspaceId), eq(auditEvents.entityType, 'webhook_secret')));

describe('the webhook signing secret', () => {
  it('is made once on first need, kept, and summarised only masked', async () => {
    const secret = await webhookSigningSecret(t.ctx);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(await webhookSigningSecret(t.ctx)).toBe(secret);
    const summary = await webhookSecretSummary(t.ctx);
    expect(summary.masked).toBe(`whsec_••••••••${secret.slice(-4)}`);
    expect(summary.masked).not.toContain(secret.slice(6, 20));
    // Made, not chosen: nothing to audit.
    expect(await secretAudit()).toEqual([]);
  });

  it('rotates to a new secret in one audited change: calls are signed with the new one, never the old', async () => {
    const desk = await makeAgent(t.ctx, 'Front Desk');
    const fn = await createFunction(
      t.ctx,
      desk.id,
      FunctionCreateSchema.parse({ phase: 'post_session', type: 'custom_function', config: { name: 'log_it', description: 'Logs the conversation.', url: `${receiver.url}/hook` } }),
    );
    const old = await webhookSigningSecret(t.ctx);
    await testCallFunction(t.ctx, { functionId: fn.id });
    expect(receiver.received[0]?.headers['x-switchboard-signature']).toBe(signBody(receiver.received[0]!.raw, old));

    const rotated = await rotateWebhookSigningSecret(t.ctx, new Date('2026-03-01T10:00:00Z'));
    expect(rotated.secret).not.toBe(old);
    expect(rotated.masked).toBe(maskSecret(rotated.secret));
    expect(await webhookSigningSecret(t.ctx)).toBe(rotated.secret);
    expect((await webhookSecretSummary(t.ctx)).createdAt.toISOString()).toBe('2026-03-01T10:00:00.000Z');

    await testCallFunction(t.ctx, { functionId: fn.id });
    const signed = receiver.received[1]!;
    expect(signed.headers['x-switchboard-signature']).toBe(signBody(signed.raw, rotated.secret));
    expect(signed.headers['x-switchboard-signature']).not.toBe(signBody(signed.raw, old));

    const [entry, ...more] = await secretAudit();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: 'admin@example.com', entityId: t.ctx.workspaceId, action: 'update', after: { createdAt: '2026-03-01T10:00:00.000Z' } });
    // The history every member reads never holds either secret.
    expect(JSON.stringify(entry)).not.toContain(old.slice(6));
    expect(JSON.stringify(entry)).not.toContain(rotated.secret.slice(6));
    const { entries } = await loadWorkspaceHistory(t.ctx, { entity: 'webhook_secret', page: 1, size: 20 });
    expect(entries).toEqual([expect.objectContaining({ subject: 'Webhook signing secret', action: 'update', actor: 'admin@example.com', changes: [] })]);
  });

  it('rotating before any secret was made makes the first one, recorded as created', async () => {
    const rotated = await rotateWebhookSigningSecret(t.ctx);
    expect(await webhookSigningSecret(t.ctx)).toBe(rotated.secret);
    expect(await secretAudit()).toEqual([expect.objectContaining({ action: 'create', before: null })]);
  });
});
