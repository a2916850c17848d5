import { describe, expect, it, vi } from 'vitest';
import { revealWebhookSecretAction, rotateWebhookSecretAction } from '@/app/settings/webhooks/actions';
import { setupSignedInRoles } from '@/lib/testing/signed-in-roles';
import { webhookSigningSecret } from '@/lib/webhooks/signing-secret';

// The framework's request scope and cache, not the database: the actions run on the app's real getDb().
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { as, ctx } = setupSignedInRoles('/settings/webhooks');

describe('webhook secret actions', () => {
  it.each(['owner', 'admin'] as const)('an %s sees the secret and rotates it', async (role) => {
    const before = await webhookSigningSecret(ctx());
    expect(await as(role, revealWebhookSecretAction)).toEqual({ status: 'success', secret: before });
    const rotated = await as(role, rotateWebhookSecretAction);
    expect(rotated).toMatchObject({ status: 'success', secret: expect.stringMatching(/^whsec_/), masked: expect.stringMatching(/^whsec_•+/) });
    expect(rotated.secret).not.toBe(before);
    expect(await webhookSigningSecret(ctx())).toBe(rotated.secret);
  });

  it.each(['editor', 'viewer', null] as const)('%s may neither see nor rotate it', async (role) => {
    const before = await webhookSigningSecret(ctx());
    const code = role === null ? 'unauthenticated' : 'forbidden';
    const revealed = await as(role, revealWebhookSecretAction);
    expect(revealed).toMatchObject({ status: 'error', code });
    expect(revealed.secret).toBeUndefined();
    expect(await as(role, rotateWebhookSecretAction)).toMatchObject({ status: 'error', code });
    expect(await webhookSigningSecret(ctx())).toBe(before);
  });
});
