import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { ServiceContext } from '@/lib/domain/context';
import type { AgentStateSnapshot } from './agent-states';
import type { RunnableCase } from './read-cases';
import { registerRun, unregisterRun } from './registry';
import { runCases, type CaseResult } from './run-cases';
import { appendResults, finishRun, type TestRunRow } from './run-store';

/** Results written per transaction: progress shows to other processes, writes stay few. */
export const RESULTS_PER_WRITE = 50;

export interface RunProgress {
  done: number;
  total: number;
  passed: number;
}

export interface ExecuteRunOptions {
  engine: LlmEngine;
  concurrency?: number;
  /** Cancels the run like cancelTestRun does (a client that went away, say). */
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
}

/**
 * Runs a recorded run's cases to the end, or until it is cancelled: registered in this process so
 * cancelTestRun can reach it, writing results in batches, and ending the row 'finished' or
 * 'cancelled'. Only an unexpected error (the database gone) is thrown, after the row is ended.
 */
export async function executeRun(
  ctx: ServiceContext,
  run: TestRunRow,
  work: { cases: readonly RunnableCase[]; snapshot: AgentStateSnapshot },
  options: ExecuteRunOptions,
): Promise<void> {
  const active = registerRun(run.id, work.cases.length);
  const { controller } = active;
  const stop = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop, { once: true });

  let pending: CaseResult[] = [];
  let passed = 0;
  let writes: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = [];
    writes = writes.then(() => appendResults(ctx, run.id, batch));
    return writes;
  };

  let failure: unknown;
  try {
    await runCases(work.cases, work.snapshot, {
      engine: options.engine,
      concurrency: options.concurrency,
      signal: controller.signal,
      onResult: (result) => {
        active.done += 1;
        if (result.ok) passed += 1;
        pending.push(result);
        options.onProgress?.({ done: active.done, total: active.total, passed });
        if (pending.length >= RESULTS_PER_WRITE) return flush();
      },
    });
  } catch (error) {
    if (!controller.signal.aborted) failure = error;
  }
  try {
    await flush();
  } catch (error) {
    failure ??= error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    try {
      await finishRun(ctx, run.id, controller.signal.aborted || failure ? 'cancelled' : 'finished');
    } finally {
      unregisterRun(run.id);
    }
  }
  if (failure) throw failure;
}
