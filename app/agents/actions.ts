'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AgentCreateSchema, AgentUpdateSchema } from '@/lib/agents/schema';
import { createAgent, deleteAgent, updateAgent } from '@/lib/agents/service';
import { getServiceContext } from '@/lib/server/context';
import { warmUpAgentAndCallersAfterResponse } from '@/lib/server/warm-up-after-response';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

export async function createAgentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(AgentCreateSchema, formData, async (input) =>
    createAgent(await getServiceContext('edit'), input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath('/', 'layout');
  redirect(`/agents?saved=${encodeURIComponent(outcome.result.name)}`);
}

export async function updateAgentAction(agentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(AgentUpdateSchema, formData, async (input) =>
    updateAgent(await getServiceContext('edit'), agentId, input),
  );
  if (!outcome.ok) return outcome.state;
  warmUpAgentAndCallersAfterResponse(outcome.result);
  revalidatePath('/', 'layout');
  redirect(`/agents?saved=${encodeURIComponent(outcome.result.name)}`);
}

/** Returns the refusal (e.g. "still a handoff target") as form state; redirects when deleted. */
export async function deleteAgentAction(agentId: string): Promise<FormState> {
  try {
    await deleteAgent(await getServiceContext('edit'), agentId);
  } catch (error) {
    return errorToFormState(error);
  }
  revalidatePath('/', 'layout');
  redirect('/agents?deleted=1');
}
