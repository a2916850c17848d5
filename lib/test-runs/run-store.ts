import { and, asc, count, eq, sql } from 'drizzle-orm';
import { testRunResults, testRuns } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import type { CaseResult } from './run-cases';

export type TestRunRow = typeof testRuns.$inferSelect;

/** Records a run as started. */
export async function insertRun(ctx: ServiceContext, run: { agentId: string | null; engine: string; total: number }): Promise<TestRunRow> {
  const row: TestRunRow = {
    id: newId('run'),
    workspaceId: ctx.workspaceId,
    agentId: run.agentId,
    engine: run.engine,
    startedBy: ctx.actor,
    status: 'running',
    passed: 0,
    total: run.total,
    createdAt: new Date(),
    finishedAt: null,
  };
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(testRuns).values(row);
  });
  return row;
}

/** Appends finished cases and counts their passes, in one transaction. */
export async function appendResults(ctx: ServiceContext, runId: string, results: readonly CaseResult[]): Promise<void> {
  if (results.length === 0) return;
  const passed = results.filter((result) => result.ok).length;
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(testRunResults).values(
      results.map((result) => ({
        id: newId('rr'),
        workspaceId: tx.workspaceId,
        runId,
        testId: result.testCase.id,
        agentId: result.testCase.agentId,
        name: result.testCase.name,
        messages: result.testCase.messages,
        expectHandoffTo: result.testCase.expectHandoffTo,
        ok: result.ok,
        reached: result.reached,
        why: result.why as unknown as Record<string, unknown>,
        position: result.index,
      })),
    );
    if (passed > 0) await tx.db.update(testRuns).set({ passed: sql`${testRuns.passed} + ${passed}` }).where(eq(testRuns.id, runId));
  });
}

/** Ends a run that is still running; a run already ended (cancelled elsewhere) keeps its status. */
export async function finishRun(ctx: ServiceContext, runId: string, status: 'finished' | 'cancelled'): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(testRuns)
      .set({ status, finishedAt: new Date() })
      .where(and(eq(testRuns.id, runId), eq(testRuns.status, 'running')));
  });
}

export async function readRunRow(ctx: ServiceContext, runId: string): Promise<TestRunRow> {
  const [row] = await ctx.db
    .select()
    .from(testRuns)
    .where(and(eq(testRuns.id, runId), eq(testRuns.workspaceId, ctx.workspaceId)))
    .limit(1);
  if (!row) throw new NotFoundError('Test run', runId);
  return row;
}

export async function countResults(ctx: ServiceContext, runId: string): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(testRunResults).where(eq(testRunResults.runId, runId));
  return Number(row?.n ?? 0);
}

export function readResults(ctx: ServiceContext, runId: string) {
  return ctx.db
    .select()
    .from(testRunResults)
    .where(and(eq(testRunResults.runId, runId), eq(testRunResults.workspaceId, ctx.workspaceId)))
    .orderBy(asc(testRunResults.position));
}
