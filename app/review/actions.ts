'use server';

import { revalidatePath } from 'next/cache';
import { RestoreFunctionSchema, restoreFunction } from '@/lib/functions/restore';
import { functionHistoryHref } from '@/lib/review/hrefs';
import { getServiceContext } from '@/lib/server/context';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { errorToFormState, type FormState } from '@/lib/validation/form-state';

/** Restores the version a history entry holds; refusals (stale, target gone, clash) come back as form state. */
export async function restoreFunctionAction(functionId: string, input: { eventId: string; version?: number }): Promise<FormState> {
  const parsed = RestoreFunctionSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: 'Choose a version to restore.', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const fn = await restoreFunction(await getServiceContext('edit'), functionId, parsed.data);
    revalidatePath(functionHistoryHref(functionId));
    revalidatePath(`/integrations/agentic-functions/${fn.agentId}`);
    revalidatePath('/review', 'layout');
    return { status: 'success', message: `Restored as version ${fn.version}.` };
  } catch (error) {
    return errorToFormState(error);
  }
}
