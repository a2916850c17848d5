'use server';

import { revalidatePath } from 'next/cache';
import { createApiKey, revokeApiKey } from '@/lib/auth/api-keys';
import { ApiKeyCreateSchema } from '@/lib/auth/schema';
import { getServiceContext } from '@/lib/server/context';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

const PAGE = '/settings/api-keys';

/** A create's answer: on success the secret, for the form to show this once (it is stored only as a hash). */
export type ApiKeyFormState = FormState & { created?: { name: string; key: string } };

export async function createApiKeyAction(_previous: ApiKeyFormState, formData: FormData): Promise<ApiKeyFormState> {
  const outcome = await runFormAction(ApiKeyCreateSchema, formData, async (input) => createApiKey(await getServiceContext('administer'), input));
  if (!outcome.ok) return outcome.state;
  revalidatePath(PAGE);
  const { apiKey, key } = outcome.result;
  return { status: 'success', message: `API key “${apiKey.name}” created.`, created: { name: apiKey.name, key } };
}

export async function revokeApiKeyAction(keyId: string): Promise<FormState> {
  try {
    const revoked = await revokeApiKey(await getServiceContext('administer'), String(keyId));
    revalidatePath(PAGE);
    return { status: 'success', message: `API key “${revoked.name}” revoked.` };
  } catch (error) {
    return errorToFormState(error);
  }
}
