'use server';

import { revalidatePath } from 'next/cache';
import { ROUTING_TESTS_PAGE } from '@/lib/routing-tests/hrefs';
import { RoutingTestFormSchema, RoutingTestUpdateFormSchema } from '@/lib/routing-tests/schema';
import { createRoutingTest, deleteRoutingTest, getRoutingTest, updateRoutingTest } from '@/lib/routing-tests/service';
import { draftTestFromSession, type SessionTestDraft } from '@/lib/routing-tests/session-draft';
import { getServiceContext } from '@/lib/server/context';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

/** The pages that list an agent's tests. */
function revalidateTests(agentId: string) {
  revalidatePath(`/integrations/agentic-functions/${agentId}`);
  revalidatePath(ROUTING_TESTS_PAGE);
}

export async function createRoutingTestAction(agentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(RoutingTestFormSchema, formData, async (input) => createRoutingTest(await getServiceContext('edit'), agentId, input));
  if (!outcome.ok) return outcome.state;
  revalidateTests(agentId);
  return { status: 'success', message: 'Test saved.' };
}

export async function updateRoutingTestAction(testId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(RoutingTestUpdateFormSchema, formData, async ({ version, ...input }) =>
    updateRoutingTest(await getServiceContext('edit'), testId, input, version),
  );
  if (!outcome.ok) return outcome.state;
  revalidateTests(outcome.result.agentId);
  return { status: 'success', message: 'Test saved.' };
}

export async function deleteRoutingTestAction(testId: string): Promise<FormState> {
  try {
    const ctx = await getServiceContext('edit');
    const test = await getRoutingTest(ctx, testId);
    await deleteRoutingTest(ctx, testId);
    revalidateTests(test.agentId);
    return { status: 'success' };
  } catch (error) {
    return errorToFormState(error);
  }
}

/** "Save as test" on a customer message: the draft the dialog opens with, or why there is none. */
export async function draftTestFromSessionAction(sessionId: string, seq: number): Promise<{ draft: SessionTestDraft } | { error: string }> {
  try {
    if (typeof sessionId !== 'string' || !Number.isSafeInteger(seq)) return { error: 'That message cannot be saved as a test.' };
    return { draft: await draftTestFromSession(await getServiceContext('edit'), sessionId, seq) };
  } catch (error) {
    return { error: errorToFormState(error).message ?? 'That message cannot be saved as a test.' };
  }
}
