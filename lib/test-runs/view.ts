import type { testRunResults, testRuns } from '@/db/schema';
import type { TestRunStatus } from '@/lib/domain/constants';
import type { RunWhy } from './run-why';

/** One case's outcome in a run, with the case as it was run. */
export interface TestRunResultView {
  testId: string;
  agentId: string;
  name: string | null;
  messages: string[];
  expect: { handoffTo: string | null };
  ok: boolean;
  reached: string | null;
  why?: RunWhy;
  /** On a failure: the first run of the streak of runs this case has failed in, this one included. */
  failingSince?: { runId: string; createdAt: string };
}

/** A run as the API and the pages show it. */
export interface TestRunView {
  id: string;
  /** The engine's label, as Test Chat shows it ("Simulated model (built-in)"). */
  engine: string;
  /** The agent whose cases ran; null for the whole workspace. */
  agentId: string | null;
  status: TestRunStatus;
  passed: number;
  total: number;
  /** Cases run so far: `total` once finished, fewer while running or when cancelled. */
  done: number;
  startedBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface TestRunWithResults extends TestRunView {
  results: TestRunResultView[];
}

type RunRow = typeof testRuns.$inferSelect;
type ResultRow = typeof testRunResults.$inferSelect;

export function toRunView(row: RunRow, done: number): TestRunView {
  return {
    id: row.id,
    engine: row.engine,
    agentId: row.agentId,
    status: row.status,
    passed: row.passed,
    total: row.total,
    done,
    startedBy: row.startedBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

export function toResultView(row: Pick<ResultRow, 'testId' | 'agentId' | 'name' | 'messages' | 'expectHandoffTo' | 'ok' | 'reached' | 'why'>): TestRunResultView {
  return {
    testId: row.testId,
    agentId: row.agentId,
    name: row.name,
    messages: row.messages,
    expect: { handoffTo: row.expectHandoffTo },
    ok: row.ok,
    reached: row.reached,
    ...(row.why ? { why: row.why as unknown as RunWhy } : {}),
  };
}
