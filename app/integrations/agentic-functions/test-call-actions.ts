'use server';

import type { Phase } from '@/lib/domain/constants';
import type { FieldErrors } from '@/lib/domain/errors';
import { getServiceContext } from '@/lib/server/context';
import { errorToFormState } from '@/lib/validation/form-state';
import { formDataToObject } from '@/lib/validation/form-data';
import { TestCallSchema, testCallFunction, type TestCallResult } from '@/lib/webhooks/test-call';

export type TestCallState = { status: 'error'; message?: string; fieldErrors?: FieldErrors } | { status: 'success'; call: TestCallResult };

/**
 * Test call from the Custom Function dialog: the form's `config.*` fields as typed (saved or not) sent
 * to the webhook with a sample body. Editing, blank header values are the saved ones. Needs 'edit':
 * it makes the server send a request, which a viewer may not.
 */
export async function testCallAction(target: { agentId: string; functionId?: string; phase: Phase }, formData: FormData): Promise<TestCallState> {
  const sent = formDataToObject(formData);
  const parsed = TestCallSchema.safeParse({ ...target, config: sent.config ?? {} });
  if (!parsed.success) return { status: 'error', message: 'The test call could not be sent.' };
  try {
    return { status: 'success', call: await testCallFunction(await getServiceContext('edit'), parsed.data) };
  } catch (error) {
    const state = errorToFormState(error);
    return { status: 'error', message: state.message, fieldErrors: state.fieldErrors };
  }
}
