'use server';

import { getServiceContext } from '@/lib/server/context';
import { previewDraft, type DraftPreview } from '@/lib/test-runs/preview-draft';
import { DraftPreviewSchema, TestRunCreateSchema } from '@/lib/test-runs/schema';
import { cancelTestRun, getTestRunStatus, startRoutingTestRun } from '@/lib/test-runs/service';
import type { TestRunView } from '@/lib/test-runs/view';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { formDataToObject } from '@/lib/validation/form-data';
import { errorToFormState, type FormState } from '@/lib/validation/form-state';

type Outcome<T> = { ok: true; value: T } | { ok: false; state: FormState };

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, state: errorToFormState(error) };
  }
}

/** Run tests / Run all tests: starts the run in the background and answers with its id at once. */
export async function startTestRunAction(agentId: string | null): Promise<Outcome<string>> {
  const parsed = TestRunCreateSchema.safeParse(agentId ? { agentId } : {});
  if (!parsed.success) return { ok: false, state: { status: 'error', message: 'Choose an agent to run.', fieldErrors: fieldErrorsOf(parsed.error) } };
  return attempt(async () => startRoutingTestRun(await getServiceContext('edit'), parsed.data));
}

/** How far a run got, without its results: what the progress bar polls. */
export async function testRunStatusAction(runId: string): Promise<Outcome<TestRunView>> {
  return attempt(async () => getTestRunStatus(await getServiceContext('read'), String(runId)));
}

export async function cancelTestRunAction(runId: string): Promise<Outcome<TestRunView>> {
  return attempt(async () => {
    const ctx = await getServiceContext('edit');
    await cancelTestRun(ctx, String(runId));
    return getTestRunStatus(ctx, String(runId));
  });
}

/**
 * "Check against tests" in the handoff dialog: the form as it stands (fields named `config.*`) run
 * against the agent's routing tests, nothing saved. Field errors come back keyed like the form's.
 */
export async function previewDraftAction(agentId: string, functionId: string | null, formData: FormData): Promise<Outcome<DraftPreview>> {
  const sent = formDataToObject(formData);
  const parsed = DraftPreviewSchema.safeParse({ ...(functionId ? { functionId } : {}), config: sent.config ?? {} });
  if (!parsed.success) return { ok: false, state: { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) } };
  return attempt(async () => previewDraft(await getServiceContext('edit'), String(agentId), parsed.data));
}
