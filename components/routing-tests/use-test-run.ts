'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { cancelTestRunAction, startTestRunAction, testRunStatusAction } from '@/app/routing-tests/runs/actions';
import type { TestRunView } from '@/lib/test-runs/view';
import { useAsyncTask } from '@/components/ui/use-async-task';

type Outcome<T> = { ok: true; value: T } | { ok: false; state: { message?: string } };

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.state.message ?? 'Something went wrong.');
  return outcome.value;
}

/** How often a running run's progress is read. */
const POLL_MS = 500;

interface Polled {
  runId: string;
  run: TestRunView | undefined;
  error: string | null;
}

/** A failed read is tried again this many times (after 1, 2 and 4 s) before the panel says so. */
const RETRIES = 3;

/**
 * The run's status, read at once and then every POLL_MS while it runs. A read that still fails after
 * its retries keeps the last status and says why; reading goes on while that status is running.
 */
function usePolledRun(runId: string | null): Polled | null {
  const [polled, setPolled] = useState<Polled | null>(null);
  useEffect(() => {
    if (runId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: TestRunView | undefined;
    let failures = 0;
    const read = async () => {
      let error: string | null = null;
      try {
        last = unwrap(await testRunStatusAction(runId));
        failures = 0;
      } catch (failure) {
        error = failure instanceof Error ? failure.message : 'Something went wrong.';
        failures += 1;
      }
      if (stopped) return;
      if (error !== null && failures <= RETRIES) {
        timer = setTimeout(read, 1000 * 2 ** (failures - 1));
        return;
      }
      setPolled({ runId, run: last, error });
      if (last?.status === 'running') timer = setTimeout(read, POLL_MS);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId]);
  // A new run's status starts empty: the last run's must not show as the new one's.
  return polled?.runId === runId ? polled : null;
}

/**
 * Starts, follows and cancels a run: the run's status is polled while it runs, and once it ends the
 * page is refreshed so its lists (latest run, run list) show it.
 */
export function useTestRun(agentId: string | null, initialRunId: string | null = null) {
  const router = useRouter();
  const [runId, setRunId] = useState<string | null>(initialRunId);
  const status = usePolledRun(runId);
  const start = useAsyncTask(async () => {
    const id = unwrap(await startTestRunAction(agentId));
    setRunId(id);
    return id;
  });
  const cancel = useAsyncTask(async (id: string) => unwrap(await cancelTestRunAction(id)));
  const run: TestRunView | undefined = cancel.data?.id === runId && cancel.data ? cancel.data : status?.run;
  const ended = run !== undefined && run.status !== 'running';
  useEffect(() => {
    if (ended) router.refresh();
  }, [ended, router]);
  return {
    run,
    running: start.isPending || (runId !== null && !ended),
    error: start.error?.message ?? cancel.error?.message ?? status?.error ?? null,
    start: () => {
      cancel.reset();
      start.run(undefined);
    },
    cancel: () => {
      if (runId !== null) cancel.run(runId);
    },
    cancelling: cancel.isPending,
  };
}
