'use server';

import { revalidatePath } from 'next/cache';
import { CoachRequestSchema, coachDescription, type CoachRequestInput } from '@/lib/functions/coach';
import { AddHandoffExampleSchema, addHandoffExample } from '@/lib/functions/examples';
import { FunctionCreateSchema, FunctionUpdateSchema } from '@/lib/functions/schema';
import { createFunction, deleteFunction, getFunction, updateFunction } from '@/lib/functions/service';
import { toFunctionView, type FunctionView } from '@/lib/functions/view';
import type { DescriptionHint } from '@/lib/function-types/types';
import { getServiceContext } from '@/lib/server/context';
import { warmUpAfterResponse } from '@/lib/server/warm-up-after-response';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

const agentPage = (agentId: string) => `/integrations/agentic-functions/${agentId}`;

export async function createFunctionAction(agentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(FunctionCreateSchema, formData, async (input) =>
    createFunction(await getServiceContext('edit'), agentId, input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(agentPage(agentId));
  warmUpAfterResponse(outcome.result);
  return { status: 'success', message: 'Function saved.' };
}

export async function updateFunctionAction(functionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(FunctionUpdateSchema, formData, async (input) =>
    updateFunction(await getServiceContext('edit'), functionId, input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(agentPage(outcome.result.agentId));
  warmUpAfterResponse(outcome.result);
  return { status: 'success', message: 'Function saved.' };
}

export async function setFunctionEnabledAction(functionId: string, version: number, enabled: boolean): Promise<FormState> {
  try {
    const fn = await updateFunction(await getServiceContext('edit'), functionId, FunctionUpdateSchema.parse({ version, enabled }));
    revalidatePath(agentPage(fn.agentId));
    warmUpAfterResponse(fn);
    return { status: 'success' };
  } catch (error) {
    return errorToFormState(error);
  }
}

export async function deleteFunctionAction(functionId: string): Promise<FormState> {
  try {
    const ctx = await getServiceContext('edit');
    const fn = await getFunction(ctx, functionId);
    await deleteFunction(ctx, functionId);
    revalidatePath(agentPage(fn.agentId));
    return { status: 'success' };
  } catch (error) {
    return errorToFormState(error);
  }
}

/**
 * "Add this message as an example": appends a customer message to a handoff's examples. The refusal
 * (too long, already there, 50 already) comes back as the message, keyed `message` in fieldErrors.
 */
export async function addHandoffExampleAction(functionId: string, message: string): Promise<FormState> {
  const parsed = AddHandoffExampleSchema.safeParse({ functionId, message });
  if (!parsed.success) return { status: 'error', message: 'This message cannot be added as an example.', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const fn = await addHandoffExample(await getServiceContext('edit'), parsed.data.functionId, parsed.data.message);
    revalidatePath(agentPage(fn.agentId));
    warmUpAfterResponse(fn);
    return { status: 'success', message: 'Added as an example.' };
  } catch (error) {
    return errorToFormState(error);
  }
}

/** The latest saved version, for "reload" after a conflict. */
export async function loadFunctionAction(functionId: string): Promise<FunctionView | null> {
  try {
    return toFunctionView(await getFunction(await getServiceContext('read'), functionId));
  } catch {
    return null;
  }
}

/** Live description hints; bad input gets no hints rather than an error while typing. */
export async function coachDescriptionAction(request: CoachRequestInput): Promise<DescriptionHint[]> {
  const parsed = CoachRequestSchema.safeParse(request);
  if (!parsed.success) return [];
  return coachDescription(await getServiceContext('read'), parsed.data);
}
