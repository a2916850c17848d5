import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { testRunResults, testRuns } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';

/** One case's outcome in one run, as streaks are read from. */
export interface PastResult {
  testId: string;
  runId: string;
  createdAt: Date;
  ok: boolean;
}

/** Every result of these cases in runs up to `upTo`, newest run first. */
export async function resultHistory(ctx: ServiceContext, testIds: readonly string[], upTo: Date): Promise<PastResult[]> {
  const wanted = [...new Set(testIds)];
  if (wanted.length === 0) return [];
  return ctx.db
    .select({ testId: testRunResults.testId, runId: testRunResults.runId, createdAt: testRuns.createdAt, ok: testRunResults.ok })
    .from(testRunResults)
    .innerJoin(testRuns, eq(testRuns.id, testRunResults.runId))
    .where(and(eq(testRunResults.workspaceId, ctx.workspaceId), inArray(testRunResults.testId, wanted), lte(testRuns.createdAt, upTo)))
    .orderBy(desc(testRuns.createdAt), desc(testRuns.id));
}

/** Groups a newest-first history by case, keeping the order. */
function byTest(history: readonly PastResult[]): Map<string, PastResult[]> {
  const grouped = new Map<string, PastResult[]>();
  for (const result of history) {
    const list = grouped.get(result.testId) ?? [];
    list.push(result);
    grouped.set(result.testId, list);
  }
  return grouped;
}

/**
 * For each case failing in `runId`: the first run of its unbroken streak of failures up to that run
 * (the run itself when it passed, or had not run, just before). Pure over a newest-first history.
 */
export function streakStarts(history: readonly PastResult[], runId: string): Map<string, { runId: string; createdAt: string }> {
  const starts = new Map<string, { runId: string; createdAt: string }>();
  for (const [testId, results] of byTest(history)) {
    const from = results.findIndex((result) => result.runId === runId);
    if (from < 0 || results[from]?.ok) continue;
    let start = results[from] as PastResult;
    for (const earlier of results.slice(from + 1)) {
      if (earlier.ok) break;
      start = earlier;
    }
    starts.set(testId, { runId: start.runId, createdAt: start.createdAt.toISOString() });
  }
  return starts;
}

/** The cases that fail in `runId` but passed (or had not run) in the run before it that ran them. */
export function startedFailingIn(history: readonly PastResult[], runId: string): string[] {
  const started: string[] = [];
  for (const [testId, results] of byTest(history)) {
    const from = results.findIndex((result) => result.runId === runId);
    if (from < 0 || results[from]?.ok) continue;
    const previous = results[from + 1];
    if (!previous || previous.ok) started.push(testId);
  }
  return started;
}

/** failingSince for each failing case of a run, from the database. */
export async function failingSince(ctx: ServiceContext, run: { id: string; createdAt: Date }, failing: readonly string[]) {
  return streakStarts(await resultHistory(ctx, failing, run.createdAt), run.id);
}
