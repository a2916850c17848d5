import { getLlmEngine } from '@/lib/conversation/engines';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError, ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { getFunctionType } from '@/lib/function-types/registry';
import { assertNoClash, prepareConfig, type AgenticFunction } from '@/lib/functions/service';
import { loadAgentStates, withFunctions, type SnapshotFunction } from './agent-states';
import { readCases } from './read-cases';
import { runCases, type CaseResult } from './run-cases';
import type { DraftPreviewInput } from './schema';
import { toResultView, type TestRunResultView } from './view';

/** A case whose outcome the draft changes. */
export interface DraftChange {
  testId: string;
  name: string | null;
  messages: string[];
  expect: { handoffTo: string | null };
  /** Passes with the saved configuration. */
  before: boolean;
  /** Passes with the draft. */
  after: boolean;
  reachedBefore: string | null;
  reachedAfter: string | null;
}

export interface DraftPreview {
  /** Every case of the agent, run with the draft. */
  results: TestRunResultView[];
  /** The cases that would newly fail (before && !after) or newly pass. */
  changes: DraftChange[];
  passedBefore: number;
  passedAfter: number;
  total: number;
}

/**
 * Runs the agent's routing cases with its saved configuration and again with a handoff draft (the
 * function's config replaced by it, or it added as a new handoff): nothing is saved and no run is
 * recorded. The draft passes the checks a save would (field errors keyed `config.<field>`, clashes).
 */
export async function previewDraft(
  ctx: ServiceContext,
  agentId: string,
  input: DraftPreviewInput,
  options: { engine?: LlmEngine; concurrency?: number; signal?: AbortSignal } = {},
): Promise<DraftPreview> {
  const agent = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  const edited = input.functionId ? await getOwnedOrThrow(ctx.db, ctx, 'Function', input.functionId) : null;
  if (edited && edited.agentId !== agentId) throw new NotFoundError('Function', edited.id);
  const type = edited?.type ?? 'agent_handoff';
  const { config, target } = await prepareConfig(ctx, agent, type, edited ? { ...edited.config, ...input.config } : input.config).catch((error: unknown) => {
    // The same checks as a save, but nothing was being saved: say what was not done.
    if (error instanceof ValidationError) throw new ValidationError('The draft was not checked: fix the highlighted fields first.', error.fieldErrors);
    throw error;
  });
  const definition = getFunctionType(type);
  const now = new Date();
  const draft: AgenticFunction = {
    ...(edited ?? { id: 'fn_draft', workspaceId: ctx.workspaceId, agentId, phase: 'during_session', type, enabled: true, position: Number.MAX_SAFE_INTEGER, version: 0, createdAt: now, updatedAt: now }),
    config,
    targetAgentId: target?.id ?? null,
    toolName: definition.toolName(config),
  };
  await assertNoClash(ctx.db, agent, draft, definition.uniquePerTarget);

  const [cases, saved] = await Promise.all([readCases(ctx, agentId), loadAgentStates(ctx)]);
  const offered: SnapshotFunction = { id: draft.id, agentId, type, phase: draft.phase, config, targetAgentId: draft.targetAgentId };
  const current = saved.functions.get(agentId) ?? [];
  const isOffered = draft.enabled && draft.phase === 'during_session';
  const functions = edited
    ? current.flatMap((fn) => (fn.id === edited.id ? (isOffered ? [offered] : []) : [fn]))
    : [...current, offered];
  const run = { engine: options.engine ?? getLlmEngine(), concurrency: options.concurrency, signal: options.signal };
  const before = await runCases(cases, saved, run);
  const after = await runCases(cases, withFunctions(saved, agentId, functions), run);
  return {
    results: after.map(resultView),
    changes: after.flatMap((result, index) => {
      const was = before[index] as CaseResult;
      if (was.ok === result.ok) return [];
      const { id, name, messages, expectHandoffTo } = result.testCase;
      return [{ testId: id, name, messages, expect: { handoffTo: expectHandoffTo }, before: was.ok, after: result.ok, reachedBefore: was.reached, reachedAfter: result.reached }];
    }),
    passedBefore: before.filter((result) => result.ok).length,
    passedAfter: after.filter((result) => result.ok).length,
    total: cases.length,
  };
}

function resultView(result: CaseResult): TestRunResultView {
  const { testCase } = result;
  return toResultView({
    testId: testCase.id,
    agentId: testCase.agentId,
    name: testCase.name,
    messages: testCase.messages,
    expectHandoffTo: testCase.expectHandoffTo,
    ok: result.ok,
    reached: result.reached,
    why: result.why as unknown as Record<string, unknown>,
  });
}
