'use server';

import { revalidatePath } from 'next/cache';
import { getServiceContext } from '@/lib/server/context';
import { errorToFormState, type FormState } from '@/lib/validation/form-state';
import { rotateWebhookSigningSecret, webhookSigningSecret } from '@/lib/webhooks/signing-secret';

const PAGE = '/settings/webhooks';

/** An answer that may carry the secret, for the page to show on request (never rendered into it up front). */
export type WebhookSecretState = FormState & { secret?: string; masked?: string };

/** Show: the secret itself, to an owner or admin who asked for it. */
export async function revealWebhookSecretAction(): Promise<WebhookSecretState> {
  try {
    return { status: 'success', secret: await webhookSigningSecret(await getServiceContext('administer')) };
  } catch (error) {
    return errorToFormState(error);
  }
}

/** Rotate: a new secret from now on, audited; the answer carries it so the admin can copy it at once. */
export async function rotateWebhookSecretAction(): Promise<WebhookSecretState> {
  try {
    const rotated = await rotateWebhookSigningSecret(await getServiceContext('administer'));
    revalidatePath(PAGE);
    return { status: 'success', message: 'Secret rotated. Webhook calls are signed with the new secret from now on.', secret: rotated.secret, masked: rotated.masked };
  } catch (error) {
    return errorToFormState(error);
  }
}
