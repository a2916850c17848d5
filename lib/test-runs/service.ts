import { and, desc, eq, isNull } from 'drizzle-orm';
import { testRuns } from '@/db/schema';
import { getLlmEngine } from '@/lib/conversation/engines';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { ServiceContext } from '@/lib/domain/context';
import { ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { loadAgentStates } from './agent-states';
import { executeRun, type RunProgress } from './execute-run';
import { readCases } from './read-cases';
import { activeRun } from './registry';
import { countResults, finishRun, insertRun, readResults, readRunRow, type TestRunRow } from './run-store';
import { failingSince } from './streaks';
import { toResultView, toRunView, type TestRunView, type TestRunWithResults } from './view';

/** A run still 'running' that no process here runs, older than this, died with its process. */
export const ABANDONED_AFTER_MS = 5 * 60_000;

export interface RunRoutingTestsOptions {
  /** Only this agent's cases; the whole workspace's otherwise. */
  agentId?: string;
  /** The active engine (getLlmEngine()) unless given. */
  engine?: LlmEngine;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
}

/** Reads the cases and a snapshot of every agent, and records the run as started. */
async function prepareRun(ctx: ServiceContext, options: RunRoutingTestsOptions) {
  if (options.agentId) await getOwnedOrThrow(ctx.db, ctx, 'Agent', options.agentId);
  const engine = options.engine ?? getLlmEngine();
  const [cases, snapshot] = await Promise.all([readCases(ctx, options.agentId), loadAgentStates(ctx)]);
  if (cases.length === 0) {
    const message = options.agentId ? 'This agent has no routing tests to run yet.' : 'There are no routing tests to run yet.';
    throw new ValidationError(message, options.agentId ? { agentId: [message] } : {});
  }
  const run = await insertRun(ctx, { agentId: options.agentId ?? null, engine: engine.label, total: cases.length });
  return { run, engine, work: { cases, snapshot } };
}

/**
 * Runs the routing tests of one agent or of the workspace against the engine, each case in a
 * throw-away conversation, and returns the finished (or, if `signal` aborted, cancelled) run.
 */
export async function runRoutingTests(ctx: ServiceContext, options: RunRoutingTestsOptions = {}): Promise<TestRunWithResults> {
  const { run, engine, work } = await prepareRun(ctx, options);
  await executeRun(ctx, run, work, { ...options, engine });
  return getTestRun(ctx, run.id);
}

/** Starts a run in the background and returns its id at once; follow it with getTestRun. */
export async function startRoutingTestRun(ctx: ServiceContext, options: Omit<RunRoutingTestsOptions, 'signal' | 'onProgress'> = {}): Promise<string> {
  const { run, engine, work } = await prepareRun(ctx, options);
  executeRun(ctx, run, work, { ...options, engine }).catch((error: unknown) => console.error(`[test-runs] run ${run.id} failed`, error));
  return run.id;
}

/**
 * Cancels a run: no new case starts, the cases in flight settle, what finished is kept. A run this
 * process does not hold (its process died) is ended as cancelled; an ended run is returned as it is.
 */
export async function cancelTestRun(ctx: ServiceContext, runId: string): Promise<TestRunWithResults> {
  const row = await readRunRow(ctx, runId);
  const active = activeRun(runId);
  if (active) {
    active.controller.abort(new Error('Cancelled.'));
    await active.settled;
  } else if (row.status === 'running') {
    await finishRun(ctx, runId, 'cancelled');
  }
  return getTestRun(ctx, runId);
}

/** A run with every result so far (and how far it got while running), failures with their streak. */
export async function getTestRun(ctx: ServiceContext, runId: string): Promise<TestRunWithResults> {
  const row = await readRunRow(ctx, runId);
  const rows = await readResults(ctx, runId);
  const view = runView(row, rows.length);
  const since = await failingSince(ctx, row, rows.filter((result) => !result.ok).map((result) => result.testId));
  const results = rows.map((result) => {
    const start = result.ok ? undefined : since.get(result.testId);
    return { ...toResultView(result), ...(start ? { failingSince: start } : {}) };
  });
  return { ...view, results };
}

/** A run without its results, for polling its progress: one row and a count. */
export async function getTestRunStatus(ctx: ServiceContext, runId: string): Promise<TestRunView> {
  const row = await readRunRow(ctx, runId);
  return runView(row, activeRun(runId) ? 0 : await countResults(ctx, runId));
}

/** The newest run of one agent's cases (or, with null, of the whole workspace's), if any. */
export async function latestTestRun(ctx: ServiceContext, agentId: string | null): Promise<TestRunView | null> {
  const [row] = await ctx.db
    .select()
    .from(testRuns)
    .where(and(eq(testRuns.workspaceId, ctx.workspaceId), agentId ? eq(testRuns.agentId, agentId) : isNull(testRuns.agentId)))
    .orderBy(desc(testRuns.createdAt), desc(testRuns.id))
    .limit(1);
  return row ? runView(row, activeRun(row.id) ? 0 : await countResults(ctx, row.id)) : null;
}

/** The row as shown: live progress when this process runs it, and 'cancelled' once abandoned. */
export function runView(row: TestRunRow, written: number, now = Date.now()): TestRunView {
  const active = activeRun(row.id);
  if (row.status !== 'running') return toRunView(row, written);
  if (active) return toRunView(row, Math.max(active.done, written));
  const abandoned = now - row.createdAt.getTime() > ABANDONED_AFTER_MS;
  return toRunView(abandoned ? { ...row, status: 'cancelled' } : row, written);
}
