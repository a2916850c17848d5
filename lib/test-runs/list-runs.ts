import { and, count, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { testRunResults, testRuns } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { pageBounds, type Page, type PageQuery } from '@/lib/paging/page';
import { changesBetween, type ChangesBetween } from './changes-between';
import { readRunRow, type TestRunRow } from './run-store';
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

// Runs started in the same millisecond keep one order (by id), so neither paging skips or repeats one.
const NEWEST_FIRST = [desc(testRuns.createdAt), desc(testRuns.id)];

const runsOf = (ctx: ServiceContext, agentId: string | undefined) =>
  and(eq(testRuns.workspaceId, ctx.workspaceId), agentId ? eq(testRuns.agentId, agentId) : undefined);

/** Runs newest first (of one agent when `agentId` is given), a page at a time after the `before` run. */
export async function listTestRuns(ctx: ServiceContext, query: Partial<TestRunListQuery> = {}): Promise<TestRunPage> {
  const limit = query.limit ?? 20;
  const cursor = query.before ? await readRunRow(ctx, query.before) : null;
  const older = cursor ? or(lt(testRuns.createdAt, cursor.createdAt), and(eq(testRuns.createdAt, cursor.createdAt), lt(testRuns.id, cursor.id))) : undefined;
  const rows = await ctx.db.select().from(testRuns).where(and(runsOf(ctx, query.agentId), older)).orderBy(...NEWEST_FIRST).limit(limit + 1);
  const runs = await toListItems(ctx, rows, limit);
  return { runs, nextBefore: rows.length > limit ? (runs.at(-1)?.id ?? null) : null, asOf: Date.now() };
}

/** One numbered page of runs newest first (of one agent when `agentId` is given), counted by the database. */
export async function listTestRunsPage(ctx: ServiceContext, query: PageQuery & { agentId?: string }): Promise<Page<TestRunListItem> & { asOf: number }> {
  const where = runsOf(ctx, query.agentId);
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(testRuns).where(where);
  const bounds = pageBounds(total, query);
  // One more than the page: the run before its oldest, to say what changed since.
  const rows = total === 0 ? [] : await ctx.db.select().from(testRuns).where(where).orderBy(...NEWEST_FIRST).limit(bounds.size + 1).offset(bounds.offset);
  return { ...bounds, items: await toListItems(ctx, rows, bounds.size), asOf: Date.now() };
}

/** The first `limit` of these runs (newest first) as list items; a row past `limit` is the run before the last. */
async function toListItems(ctx: ServiceContext, rows: TestRunRow[], limit: number): Promise<TestRunListItem[]> {
  const page = rows.slice(0, limit);
  const [newest] = page;
  if (!newest) return [];
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
  const history = await resultHistory(ctx, failing.map((row) => row.testId), newest.createdAt);
  return Promise.all(
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
}
