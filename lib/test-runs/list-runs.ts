import { and, count, desc, eq, inArray, lt } from 'drizzle-orm';
import { testRunResults, testRuns } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { changesBetween, type ChangesBetween } from './changes-between';
import { readRunRow } from './run-store';
import type { TestRunListQuery } from './schema';
import { runView } from './service';
import { resultHistory, startedFailingIn } from './streaks';
import type { TestRunView } from './view';

/** A run in the list: its counts, the cases that started failing in it, what changed since the run before. */
export interface TestRunListItem extends TestRunView {
  startedFailing: { testId: string; agentId: string; name: string | null; messages: string[] }[];
  /** Configuration changes between the previous run in this list and this one; null for the oldest run. */
  changesBefore: ChangesBetween | null;
}

export interface TestRunPage {
  runs: TestRunListItem[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
  /** When this was read: "5 minutes ago" is relative to it. */
  asOf: number;
}

/** Runs newest first (of one agent when `agentId` is given), a page at a time. */
export async function listTestRuns(ctx: ServiceContext, query: Partial<TestRunListQuery> = {}): Promise<TestRunPage> {
  const limit = query.limit ?? 20;
  const cursor = query.before ? await readRunRow(ctx, query.before) : null;
  const rows = await ctx.db
    .select()
    .from(testRuns)
    .where(
      and(
        eq(testRuns.workspaceId, ctx.workspaceId),
        query.agentId ? eq(testRuns.agentId, query.agentId) : undefined,
        cursor ? lt(testRuns.createdAt, cursor.createdAt) : undefined,
      ),
    )
    .orderBy(desc(testRuns.createdAt), desc(testRuns.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  if (page.length === 0) return { runs: [], nextBefore: null, asOf: Date.now() };
  const ids = page.map((row) => row.id);
  const [counts, failing] = await Promise.all([
    ctx.db
      .select({ runId: testRunResults.runId, n: count() })
      .from(testRunResults)
      .where(inArray(testRunResults.runId, ids))
      .groupBy(testRunResults.runId),
    ctx.db
      .select({ runId: testRunResults.runId, testId: testRunResults.testId, agentId: testRunResults.agentId, name: testRunResults.name, messages: testRunResults.messages })
      .from(testRunResults)
      .where(and(inArray(testRunResults.runId, ids), eq(testRunResults.ok, false))),
  ]);
  const done = new Map(counts.map((row) => [row.runId, Number(row.n)]));
  const history = await resultHistory(ctx, failing.map((row) => row.testId), (page[0] as (typeof page)[number]).createdAt);
  const runs = await Promise.all(
    page.map(async (row, index) => {
      const started = new Set(startedFailingIn(history, row.id));
      const previous = rows[index + 1];
      return {
        ...runView(row, done.get(row.id) ?? 0),
        startedFailing: failing
          .filter((result) => result.runId === row.id && started.has(result.testId))
          .map(({ testId, agentId, name, messages }) => ({ testId, agentId, name, messages })),
        changesBefore: previous ? await changesBetween(ctx, previous.createdAt, row.createdAt) : null,
      };
    }),
  );
  return { runs, nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null, asOf: Date.now() };
}
