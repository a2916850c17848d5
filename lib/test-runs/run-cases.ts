import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { AgentStateSnapshot } from './agent-states';
import { forEachBounded } from './bounded';
import { messagePrimer } from './prime-messages';
import type { RunnableCase } from './read-cases';
import { runCase, type CaseOutcome } from './run-case';

/** Cases in flight at once: the built-in model is CPU-bound, a remote endpoint has rate limits. */
export const DEFAULT_CONCURRENCY = { simulated: 8, 'openai-compatible': 4 } as const;

export interface CaseResult extends CaseOutcome {
  testCase: RunnableCase;
  /** The case's position in the run. */
  index: number;
}

export interface RunCasesOptions {
  engine: LlmEngine;
  /** Cases in flight at once; DEFAULT_CONCURRENCY for the engine otherwise. */
  concurrency?: number;
  signal?: AbortSignal;
  /** Called as each case finishes, in completion order. */
  onResult?: (result: CaseResult) => void | Promise<void>;
}

/**
 * Runs the cases against one snapshot of the workspace's agents, concurrently within the bound, and
 * returns every outcome in case order. On abort, no new case starts and the abort reason is thrown
 * once the running ones settle (what finished was already handed to `onResult`).
 */
export async function runCases(cases: readonly RunnableCase[], snapshot: AgentStateSnapshot, options: RunCasesOptions): Promise<CaseResult[]> {
  const { engine, signal } = options;
  // Preparing can hold the thread (cold caches): let whoever started the run answer first.
  await new Promise((resolve) => setImmediate(resolve));
  await prepareStartAgents(cases, snapshot, engine);
  const results: CaseResult[] = [];
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY[engine.id];
  const primed = messagePrimer(cases, engine);
  await forEachBounded(
    cases,
    limit,
    async (testCase, index) => {
      await primed(index);
      const result = { ...(await runCase(testCase, snapshot, engine, signal)), testCase, index };
      results[index] = result;
      await options.onResult?.(result);
    },
    signal,
  );
  return results;
}

/** Lets the engine index (and embed) each start agent's tools once, before cases race to do it. */
async function prepareStartAgents(cases: readonly RunnableCase[], snapshot: AgentStateSnapshot, engine: LlmEngine): Promise<void> {
  if (!engine.prepare) return;
  for (const agentId of new Set(cases.map((testCase) => testCase.agentId))) {
    const { agent, tools } = snapshot.state(agentId);
    await engine.prepare({ agent, tools: tools.map((offered) => offered.tool) }).catch(() => undefined);
  }
}
